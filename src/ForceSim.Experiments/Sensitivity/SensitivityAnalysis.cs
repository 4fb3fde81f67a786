using ForceSim.Engine.Running;
using ForceSim.Experiments.Comparing;
using ForceSim.Model.Assumptions;
using ForceSim.Reporting.Sensitivity;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Sensitivity;

/// <summary>
/// Turns one-at-a-time runs into paired effects and a ranking. Each end of each parameter is compared with the baseline
/// replication by replication (<see cref="PairedComparison"/>); an effect counts towards the ranking only when its paired
/// interval excludes zero, so noise never ranks a parameter.
/// </summary>
public static class SensitivityAnalysis
{
    private const string GradePrefix = "grades.";

    /// <summary>Every parameter's low and high end against the baseline on <paramref name="measures"/>, in declaration order.</summary>
    public static IReadOnlyList<ParameterEffect> Effects(
        IReadOnlyList<AssumedParameter> parameters,
        ExperimentResult baseline,
        IReadOnlyList<(ExperimentResult Low, ExperimentResult High)> settings,
        IReadOnlyList<string> measures)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(measures);
        var effects = new List<ParameterEffect>();
        for (var p = 0; p < parameters.Count; p++)
        {
            foreach (var (end, value, result) in new[] { (SensitivityEnd.Low, parameters[p].Low, settings[p].Low), (SensitivityEnd.High, parameters[p].High, settings[p].High) })
            {
                effects.AddRange(measures.Select(m => new ParameterEffect(parameters[p].Path, end, value, PairedComparison.Of(baseline, result, m))));
            }
        }

        return effects;
    }

    /// <summary>The parameters ordered by their score on the headline measures, then by grade change, then by path (see <see cref="ParameterRank"/>).</summary>
    public static IReadOnlyList<ParameterRank> Rank(IReadOnlyList<AssumedParameter> parameters, IReadOnlyList<ParameterEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(effects);
        var headline = MeasureCatalog.Headline.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var largest = effects
            .Where(e => headline.Contains(e.Difference.Measure))
            .GroupBy(e => e.Difference.Measure)
            .ToDictionary(g => g.Key, g => g.Max(Size), StringComparer.Ordinal);
        var moved = largest.Where(l => l.Value > 0).Select(l => l.Key).ToList();
        var rows = parameters.Select(p =>
        {
            var mine = effects.Where(e => e.Parameter == p.Path).ToList();
            var shares = moved
                .Select(m => (Measure: m, Share: mine.Where(e => e.Difference.Measure == m).Select(Size).DefaultIfEmpty(0).Max() / largest[m]))
                .ToList();
            var top = shares.Where(s => s.Share > 0).OrderByDescending(s => s.Share).ThenBy(s => s.Measure, StringComparer.Ordinal).Select(s => s.Measure).FirstOrDefault();
            var grade = mine
                .Where(e => e.Difference.Distinguishable && e.Difference.Measure.StartsWith(GradePrefix, StringComparison.Ordinal) && e.Difference.Measure.Contains(".population.", StringComparison.Ordinal))
                .OrderByDescending(e => Math.Abs(e.Difference.Difference ?? 0)).ThenBy(e => e.Difference.Measure, StringComparer.Ordinal)
                .FirstOrDefault();
            return new ParameterRank
            {
                Rank = 0,
                Parameter = p.Path,
                Group = p.Group,
                Low = p.Low,
                High = p.High,
                BaseValue = p.ScenarioValue ?? double.NaN,
                Score = shares.Count == 0 ? 0 : shares.Average(s => s.Share),
                MeasuresMoved = shares.Count(s => s.Share > 0),
                TopMeasure = top,
                TopLowEffect = top is null ? null : Effect(mine, top, SensitivityEnd.Low),
                TopHighEffect = top is null ? null : Effect(mine, top, SensitivityEnd.High),
                GradeChange = grade?.Difference.Difference ?? 0,
                GradeEnd = grade?.End,
                GradeMeasure = grade?.Difference.Measure,
            };
        });
        return [.. rows
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => Math.Abs(r.GradeChange))
            .ThenBy(r => r.Parameter, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })];
    }

    /// <summary>The measures compared: the headline measures, then every grade probability the baseline produced.</summary>
    public static IReadOnlyList<string> Measures(ExperimentResult baseline) => [.. CompareService.ComparedMeasures(baseline)];

    /// <summary>The size of an effect that its paired interval tells from zero; zero otherwise.</summary>
    private static double Size(ParameterEffect effect) =>
        effect.Difference.Distinguishable && effect.Difference.Difference is { } d ? Math.Abs(d) : 0;

    private static double? Effect(List<ParameterEffect> mine, string measure, SensitivityEnd end) =>
        mine.FirstOrDefault(e => e.End == end && e.Difference.Measure == measure)?.Difference.Difference;
}
