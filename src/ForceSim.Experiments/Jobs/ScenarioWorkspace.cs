using System.Security.Cryptography;
using System.Text;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Jobs;

/// <summary>
/// Where the web app's scenarios come from. A client names a shipped scenario or sends YAML text, never a path: text is
/// saved under a copy of the shipped scenarios folder (marked as a tree), so its <c>extends:</c> and <c>rubric:</c> can
/// reach the shipped files and nothing else on the server.
/// </summary>
public sealed class ScenarioWorkspace
{
    private static readonly string[] Groups = ["", "whatif", "validation", "benchmarks"];

    private readonly string shippedFolder;
    private readonly string copyFolder;
    private readonly Dictionary<string, string> shippedPaths = new(StringComparer.Ordinal);

    /// <param name="shippedFolder">The shipped <c>scenarios/</c> folder (it holds <c>.forcesim-root</c>).</param>
    /// <param name="dataFolder">The server's data folder; the copy and uploads live in its <c>scenarios/</c>.</param>
    public ScenarioWorkspace(string shippedFolder, string dataFolder, JobLimits limits)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        this.shippedFolder = Path.GetFullPath(shippedFolder);
        copyFolder = Path.Combine(Path.GetFullPath(dataFolder), "scenarios");
        CopyShipped();
        Shipped = [.. Groups.SelectMany(Catalogue)];
    }

    public JobLimits Limits { get; }

    public IReadOnlyList<ShippedScenario> Shipped { get; }

    /// <summary>A shipped scenario's YAML, for the editor to start from.</summary>
    public string ShippedText(string name) =>
        shippedPaths.TryGetValue(name, out var path) ? File.ReadAllText(path) : throw new InvalidRequestException($"No shipped scenario '{name}'.");

    /// <summary>The file to run for what a client sent: a shipped scenario's name, or YAML text (saved in the workspace).</summary>
    public string Resolve(string scenario)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenario);
        var name = scenario.Trim();
        if (name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            name = name[..^5];
        }

        if (shippedPaths.TryGetValue(name, out var shipped))
        {
            return shipped;
        }

        if (!scenario.Contains(':', StringComparison.Ordinal))
        {
            throw new InvalidRequestException($"'{Shorten(scenario)}' is neither a shipped scenario nor YAML text; shipped: {string.Join(", ", shippedPaths.Keys.Order(StringComparer.Ordinal))}.");
        }

        var bytes = Encoding.UTF8.GetBytes(scenario);
        if (bytes.Length > Limits.MaxScenarioBytes)
        {
            throw new InvalidRequestException($"The scenario is {bytes.Length} bytes; the limit is {Limits.MaxScenarioBytes}.");
        }

        var uploads = Path.Combine(copyFolder, "uploads");
        Directory.CreateDirectory(uploads);
        var path = Path.Combine(uploads, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + ".yaml");
        if (!File.Exists(path))
        {
            ForceSim.Reporting.Output.AtomicFile.WriteAllBytes(path, bytes);
        }

        return path;
    }

    /// <summary>Every problem with what a client sent, with file names a client may see (never a server path).</summary>
    public ScenarioCheck Check(string scenario, IReadOnlyList<string>? overrides = null)
    {
        var path = Resolve(scenario);
        var check = ScenarioCheck.Of(path, overrides, LoadOptions.Default);
        return check with
        {
            Problems = [.. check.Problems.Select(p => p with { File = Friendly(p.File, path), Message = Hide(p.Message) })],
            RubricProblems = [.. check.RubricProblems.Select(Hide)],
        };
    }

    /// <summary>The file to run, refusing a scenario with problems (<see cref="ScenarioRejectedException"/>).</summary>
    public string Accept(string scenario, IReadOnlyList<string>? overrides = null)
    {
        var check = Check(scenario, overrides);
        return check.Problems.Count == 0 && check.RubricProblems.Count == 0
            ? Resolve(scenario)
            : throw new ScenarioRejectedException(check.Problems, check.RubricProblems);
    }

    private string Friendly(string file, string path)
    {
        if (file == path)
        {
            return "scenario";
        }

        var full = Path.GetFullPath(file);
        foreach (var root in new[] { copyFolder, shippedFolder })
        {
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return file == ScenarioLoader.OverridesFile ? file : Path.GetFileName(file);
    }

    /// <summary>The message with the server's folders replaced by names a client may see.</summary>
    private string Hide(string message) => message
        .Replace(copyFolder, "scenarios", StringComparison.Ordinal)
        .Replace(shippedFolder, "scenarios", StringComparison.Ordinal)
        .Replace(Path.GetDirectoryName(copyFolder)!, "(the server's data folder)", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void CopyShipped()
    {
        Directory.CreateDirectory(copyFolder);
        File.WriteAllText(Path.Combine(copyFolder, ".forcesim-root"), "");
        foreach (var file in Directory.EnumerateFiles(shippedFolder, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(shippedFolder, file);
            var target = Path.Combine(copyFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private IEnumerable<ShippedScenario> Catalogue(string group)
    {
        var folder = Path.Combine(shippedFolder, group);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = (group.Length == 0 ? "" : group + "/") + Path.GetFileNameWithoutExtension(file);
            shippedPaths[name] = file;
            var (title, description) = ScenarioHeader.Read(file);
            yield return new ShippedScenario(name, title ?? name, description, group.Length == 0 ? "forces and regions" : group);
        }
    }
}
