using System.Globalization;
using System.Text;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Cad;

/// <summary>
/// Writes a fitted extract as a scenario fragment: one force's demand, incident types and (when the extract has
/// areas) area shares, in the scenario format, so it can sit in an <c>extends:</c> chain with a base scenario that
/// gives everything else. Every fitted value carries its evidence in a comment beside it (counts, grades, the
/// on-scene families compared), as a scenario value carries its source.
/// </summary>
public static class CadFragmentYaml
{
    private static readonly Channel[] Channels = [Channel.Emergency, Channel.NonEmergency, Channel.Online];

    public static string Write(CadFit fit, string extractName)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var y = new StringBuilder();
        Line(y, $"# Fitted by 'forcesim import cad' from {extractName}: {fit.Incidents} incidents, {fit.From:yyyy-MM-dd HH:mm} to {fit.To:yyyy-MM-dd HH:mm} ({N(fit.SpanDays, "0.#")} days).");
        Line(y, $"# A fragment for extends: lay it over a base scenario that gives control rooms, response, travel and the rest (docs/cad-import.md).");
        foreach (var note in fit.Notes)
        {
            Line(y, $"# Note: {note}");
        }

        Line(y, $"forces:");
        Line(y, $"  - id: {fit.ForceId}");
        Demand(y, fit);
        Line(y, $"    incident_types:");
        foreach (var type in fit.Types)
        {
            Type(y, type);
        }

        if (fit.Areas.Count > 0)
        {
            Line(y, $"    geography:");
            Line(y, $"      areas:                    # shares of the force's incidents; the base gives each area's name, population and setting");
            foreach (var area in fit.Areas)
            {
                Line(y, $"        - {{id: {area.Id}, demand_share: {N(area.Share, "0.######")}}}   # {area.Count} incidents");
            }
        }

        return y.ToString();
    }

    private static void Demand(StringBuilder y, CadFit fit)
    {
        Line(y, $"    demand:");
        Line(y, $"      annual_volume:            # the extract's incidents on each channel, scaled to 365 days");
        foreach (var channel in Channels)
        {
            Line(y, $"        {CadNames.Of(channel)}: {N(fit.AnnualVolume[channel], "0")}   # {fit.ChannelCounts[channel]} in the extract");
        }

        Line(y, $"      hour_of_day: []           # replaced by hour_of_week");
        Line(y, $"      day_of_week: []");
        Line(y, $"      hour_of_week:             # Monday 00:00 first; incidents per hour of exposure, mean 1");
        for (var day = 0; day < 7; day++)
        {
            var hours = string.Join(", ", fit.HourOfWeek.Skip(day * 24).Take(24).Select(f => N(f, "0.###")));
            Line(y, $"        {(day == 0 ? "[" : " ")}{hours}{(day == 6 ? "]" : ",")}");
        }

        Line(y, $"      month: [{string.Join(", ", fit.Month.Select(f => N(f, "0.###")))}]   # January first, mean 1");
    }

    private static void Type(StringBuilder y, TypeFit type)
    {
        var grades = string.Join(", ", type.GradeShares.Where(g => g.Value > 0).OrderByDescending(g => g.Value).Select(g => $"{CadNames.Of(g.Key)} {N(g.Value, "0.###")}"));
        var crime = type.CrimeRecordedShare is { } recorded ? $"; crime recorded in {N(recorded, "0.###")}" : "";
        Line(y, $"      - id: {type.Id}                # {type.Count} incidents; grades given: {grades}{crime}");
        var shares = string.Join(", ", Channels.Select(c => $"{CadNames.Of(c)}: {N(type.Shares[c], "0.######")}"));
        Line(y, $"        share: {{{shares}}}");
        Line(y, $"        grade: {CadNames.Of(type.Grade)}");
        if (type.OnScene is not { } onScene)
        {
            Line(y, $"        # on_scene_minutes: no attended incident had both arrival and clearance times; the base must give it");
            return;
        }

        Line(y, $"        on_scene_minutes: {Distribution(onScene.Chosen)}");
        var candidates = string.Join("; ", onScene.Candidates.Select(c => $"{c.Family} AIC {N(c.Aic, "0.0")}"));
        Line(y, $"        # {onScene.Family} chosen by AIC from {onScene.Count} on-scene times (sample mean {N(onScene.SampleMean, "0.##")}, sd {N(onScene.SampleSd, "0.##")}): {candidates}");
    }

    private static string Distribution(Distribution d) => d.Kind switch
    {
        DistributionKind.Constant => $"{{dist: constant, value: {N(d.A, "0.###")}}}",
        DistributionKind.Exponential => $"{{dist: exponential, mean: {N(d.A, "0.###")}}}",
        DistributionKind.LogNormal => $"{{dist: lognormal, mean: {N(d.A, "0.###")}, sd: {N(d.B, "0.###")}}}",
        DistributionKind.Gamma => $"{{dist: gamma, mean: {N(d.A, "0.###")}, shape: {N(d.B, "0.####")}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d.Kind, "an import fits constant, exponential, lognormal or gamma only"),
    };

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Appends a line whose numbers and dates are written the same in every culture.</summary>
    private static void Line(StringBuilder y, FormattableString text) => y.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
