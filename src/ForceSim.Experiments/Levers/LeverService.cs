using System.Globalization;
using ForceSim.Engine.Costing;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// The settings a chief officer changes, for one scenario: the catalogue, the annual cost of changes (by the
/// scenario's own costs, through <see cref="CostModel"/>, the same figures as the <c>cost.*</c> measures) and the
/// changes as <c>--set</c> options and overlay YAML. Every change is applied by loading the scenario again with its
/// options, so the loader checks it exactly as it checks <c>--set</c> on <c>run</c>. Shared by the CLI and the web app.
/// </summary>
public static class LeverService
{
    /// <summary>The levers of a scenario, grouped by <see cref="LeverGroup"/>, with their current values.</summary>
    public static IReadOnlyList<Lever> Catalogue(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Catalogue(source.Load());
    }

    /// <summary>The levers of an already loaded scenario.</summary>
    public static IReadOnlyList<Lever> Catalogue(Scenario scenario) =>
        [.. new LeverCatalogue(scenario).Entries.Select(e => e.Lever)];

    /// <summary>The <c>--set</c> options the changes write, in order (key path, value); a bad change is an <see cref="InvalidRequestException"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Sets(ScenarioSource source, IReadOnlyList<LeverChange> changes)
    {
        ArgumentNullException.ThrowIfNull(source);
        return LeverSets.Of(new LeverCatalogue(source.Load()).Resolve(changes));
    }

    /// <summary>
    /// The annual staff cost change of each change alone and of all together, in pounds. Out-of-range values are refused
    /// (<see cref="InvalidRequestException"/>, naming the key path and the range) before anything is loaded.
    /// </summary>
    public static LeverPrice Price(ScenarioSource source, IReadOnlyList<LeverChange> changes)
    {
        ArgumentNullException.ThrowIfNull(source);
        var baseline = source.Load();
        var resolved = new LeverCatalogue(baseline).Resolve(changes);
        var before = Costs(baseline);
        var each = resolved.Select(change =>
        {
            var sets = LeverSets.Of([change]);
            var after = Costs(source.Load(LeverSets.Options(sets)));
            return new LeverCost(change.Lever, change.Lever.Current, change.To, LeverSets.Options(sets), after.Gbp - before.Gbp, after.Fte - before.Fte);
        }).ToList();
        var total = Costs(source.Load(LeverSets.Options(LeverSets.Of(resolved)))).Gbp - before.Gbp;
        var unpriced = resolved.Select(r => r.Lever.Role).OfType<StaffRole>().Distinct()
            .Where(role => !baseline.Costs.Roles.TryGetValue(role, out var pay) || pay.AnnualCostPerFte <= 0)
            .Select(StaffRoleNames.Key).ToList();
        return new LeverPrice(each, before.Gbp, total, unpriced);
    }

    /// <summary>
    /// The changes as <c>--set</c> options and as overlay YAML extending the scenario. <paramref name="overlayPath"/> is
    /// where the overlay will be saved (its <c>extends</c> is relative to that folder; by default beside the scenario).
    /// An overlay saved outside the scenario's tree loads only with <c>--allow-outside-references</c>.
    /// </summary>
    public static LeverOverlay Overlay(ScenarioSource source, IReadOnlyList<LeverChange> changes, string? overlayPath = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var baseline = source.Load();
        var resolved = new LeverCatalogue(baseline).Resolve(changes);
        var sets = LeverSets.Of(resolved);
        var options = LeverSets.Options(sets);
        var changed = source.Load(options);
        var folder = Path.GetDirectoryName(Path.GetFullPath(overlayPath ?? source.Path))!;
        var extends = Path.GetRelativePath(folder, Path.GetFullPath(source.Path)).Replace('\\', '/');
        var comments = new List<string> { $"What if: {resolved.Count} change(s) to {Path.GetFileName(source.Path)}, written by forcesim levers." };
        comments.AddRange(resolved.Select(r => $"  {r.Lever.Label} ({r.Lever.Place}): {r.Lever.Current} -> {r.To}"));
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, value) in sets)
        {
            set[path] = value;
        }

        if (name is not null)
        {
            var quoted = "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            set["name"] = quoted;
            options = [.. options, $"name={quoted}"];
        }

        return new LeverOverlay(set, options, OverlayYaml.Write(changed, sets, extends, name, comments));
    }

    /// <summary>Annual staff cost and FTE of every force, by <see cref="CostModel"/>.</summary>
    private static (double Gbp, double Fte) Costs(Scenario scenario)
    {
        var rows = scenario.Forces.SelectMany(f => CostModel.ForForce(scenario, f)).ToList();
        return (rows.Sum(r => r.AnnualGbp), rows.Sum(r => r.Fte));
    }

    /// <summary>Pounds as the CLI and pages show them: "+£123,456" or "−£1,234".</summary>
    public static string Pounds(double gbp) =>
        (gbp < 0 ? "-£" : "+£") + Math.Abs(gbp).ToString("N0", CultureInfo.InvariantCulture);
}
