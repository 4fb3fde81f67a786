using System.Globalization;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// The first line of a posterior CSV, <c># forcesim posterior; model_version=N; method=M; scenario=S; targets=T</c>:
/// what the file is and what it was fitted to, kept out of the table so any CSV reader skips it as a comment.
/// </summary>
internal static class PosteriorHeader
{
    public const string Prefix = "# forcesim posterior";

    private static readonly string[] Keys = ["model_version", "method", "scenario", "targets"];

    public static string Format(Posterior posterior)
    {
        foreach (var (key, value) in new[] { ("method", posterior.Method), ("scenario", posterior.Scenario), ("targets", posterior.Targets) })
        {
            if (value is not null && value.IndexOfAny([';', '\n', '\r']) >= 0)
            {
                throw new ArgumentException($"A posterior's {key} cannot hold ';' or a line break (got '{value}').", nameof(posterior));
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix}; model_version={posterior.ModelVersion}; method={posterior.Method}; scenario={posterior.Scenario}; targets={posterior.Targets}");
    }

    /// <summary>The header's fields, or an <see cref="InvalidRequestException"/> naming <paramref name="path"/>, line 1 and the field.</summary>
    public static (int ModelVersion, string Method, string? Scenario, string? Targets) Parse(string path, string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw Problem(path, $"the first line must start with '{Prefix};' (docs/posterior-format.md)");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in line[Prefix.Length..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals].Trim();
            if (equals < 0 || !Keys.Contains(key))
            {
                throw Problem(path, $"'{part}' is not one of {string.Join(", ", Keys.Select(k => k + "=..."))}");
            }

            if (!fields.TryAdd(key, part[(equals + 1)..].Trim()))
            {
                throw Problem(path, $"{key} is given twice");
            }
        }

        if (!fields.TryGetValue("model_version", out var versionText)
            || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw Problem(path, "model_version: missing or not a whole number 0 or more");
        }

        return (version, fields.GetValueOrDefault("method", ""), Blank(fields.GetValueOrDefault("scenario")), Blank(fields.GetValueOrDefault("targets")));
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static InvalidRequestException Problem(string path, string message) => new($"{path}:1: {message}");
}
