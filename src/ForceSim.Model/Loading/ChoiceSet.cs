namespace ForceSim.Model.Loading;

/// <summary>The snake_case YAML names of an enum's values, in the order they are listed in messages.</summary>
internal sealed class ChoiceSet<T>
    where T : struct, Enum
{
    private readonly (string Name, T Value)[] choices;

    public ChoiceSet(params (string Name, T Value)[] choices)
    {
        this.choices = choices;
    }

    public IEnumerable<string> Names => choices.Select(c => c.Name);

    public IEnumerable<T> Values => choices.Select(c => c.Value);

    public bool TryParse(string text, out T value)
    {
        foreach (var (name, candidate) in choices)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public string NameOf(T value)
    {
        foreach (var (name, candidate) in choices)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "Value has no YAML name.");
    }

    /// <summary>E.g. "emergency, priority, scheduled, resolution".</summary>
    public string Describe() => string.Join(", ", Names);
}
