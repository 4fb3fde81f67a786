using ForceSim.Reporting.Cad;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Which of a force's own column names holds each documented extract column (<see cref="CadColumns"/>), from
/// <c>--columns created=CreatedDate,channel=Source</c> or a YAML file of the same pairs. A documented column left out
/// is looked for under its own name. Only the columns named here are ever read from an extract.
/// </summary>
public sealed class ColumnMapping
{
    private readonly Dictionary<string, string> _headers;

    private ColumnMapping(Dictionary<string, string> headers)
    {
        _headers = headers;
    }

    /// <summary>Every documented column under its own name.</summary>
    public static ColumnMapping Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The header a documented column is looked for under.</summary>
    public string HeaderOf(string column) => _headers.TryGetValue(column, out var header) ? header : column;

    /// <summary>Whether the user named the column (so its absence from the extract is an error, not an option left out).</summary>
    public bool Names(string column) => _headers.ContainsKey(column);

    /// <summary>Parses <c>--columns</c>: a path to a .yaml/.yml file, or <c>column=Header</c> pairs separated by commas.</summary>
    public static ColumnMapping Parse(string? option)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return Default;
        }

        var pairs = IsYamlFile(option) ? ReadYaml(option) : ReadPairs(option);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, header) in pairs)
        {
            if (!CadColumns.All.Contains(column))
            {
                throw new InvalidRequestException($"--columns: unknown column '{column}'; the columns are {string.Join(", ", CadColumns.All)}.");
            }

            if (header.Length == 0)
            {
                throw new InvalidRequestException($"--columns: '{column}' needs the name of the extract's column after '='.");
            }

            if (!headers.TryAdd(column, header))
            {
                throw new InvalidRequestException($"--columns: '{column}' is mapped twice.");
            }
        }

        return new ColumnMapping(headers);
    }

    private static bool IsYamlFile(string option) =>
        option.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || option.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Column, string Header)> ReadPairs(string option)
    {
        foreach (var pair in option.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new InvalidRequestException($"--columns: '{pair}' is not column=Header (e.g. created=CreatedDate).");
            }

            yield return (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
        }
    }

    private static List<(string Column, string Header)> ReadYaml(string path)
    {
        var yaml = new YamlStream();
        try
        {
            using var text = File.OpenText(path);
            yaml.Load(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidRequestException($"--columns: cannot read {path}: {e.Message}");
        }
        catch (YamlException e)
        {
            throw new InvalidRequestException($"{path}:{e.Start.Line}: --columns file is not valid YAML: {e.Message}");
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidRequestException($"{path}: --columns file must be a mapping of column: Header (e.g. created: CreatedDate).");
        }

        var pairs = new List<(string, string)>();
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } column } || value is not YamlScalarNode { Value: { } header })
            {
                throw new InvalidRequestException($"{path}:{key.Start.Line}: each entry must be column: Header.");
            }

            pairs.Add((column.Trim(), header.Trim()));
        }

        return pairs;
    }
}
