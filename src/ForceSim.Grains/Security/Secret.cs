namespace ForceSim.Grains.Security;

/// <summary>
/// A password held so that it cannot leak by accident: it prints as "(hidden)", has no public property for a JSON
/// or log formatter to find, and is read only where a connection needs it.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    /// <summary>The password itself, for the one place that sends it (a Redis AUTH, a certificate key).</summary>
    public string Reveal() => _value;

    /// <summary>The text with every occurrence of the password replaced, for messages built from library exceptions.</summary>
    public string RedactFrom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(_value, "***", StringComparison.Ordinal);
    }

    public override string ToString() => "(hidden)";
}
