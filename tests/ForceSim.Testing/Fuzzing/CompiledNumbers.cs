using System.Collections;
using System.Reflection;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Randomness;

namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// Looks through a compiled scenario for numbers a replication would choke on: a NaN in any field, and a sampler
/// whose draws are NaN, infinite or negative (every distribution describes a time or a count). A scenario that passes
/// validation must compile to none of these.
/// </summary>
public static class CompiledNumbers
{
    private const int DrawsPerSampler = 16;

    /// <summary>Each problem as <c>path: what is wrong</c>; empty when the compiled scenario is sound.</summary>
    public static IReadOnlyList<string> Problems(CompiledScenario compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        var problems = new List<string>();
        Walk(compiled, "compiled", problems, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return problems;
    }

    private static void Walk(object? value, string path, List<string> problems, HashSet<object> seen, int depth)
    {
        switch (value)
        {
            case null or string or Delegate:
                return;
            case double number:
                if (double.IsNaN(number))
                {
                    problems.Add($"{path}: NaN");
                }

                return;
            case float or int or long or bool or Enum or DateOnly or DateTime or TimeSpan:
                return;
        }

        if (depth > 12 || value.GetType().IsValueType && value.GetType().Namespace?.StartsWith("ForceSim", StringComparison.Ordinal) != true || !seen.Add(value))
        {
            return;
        }

        if (value is Sampler sampler)
        {
            CheckDraws(sampler, path, problems);
        }

        if (value is IEnumerable items and not IDictionary)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", problems, seen, depth + 1);
            }

            return;
        }

        if (value is IDictionary map)
        {
            foreach (DictionaryEntry entry in map)
            {
                Walk(entry.Value, $"{path}[{entry.Key}]", problems, seen, depth + 1);
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("ForceSim", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", problems, seen, depth + 1);
        }
    }

    private static void CheckDraws(Sampler sampler, string path, List<string> problems)
    {
        var random = new Random(1);
        for (var i = 0; i < DrawsPerSampler; i++)
        {
            var draw = sampler.Sample(random);
            if (!double.IsFinite(draw) || draw < 0)
            {
                problems.Add($"{path}: draws {draw}");
                return;
            }
        }
    }
}
