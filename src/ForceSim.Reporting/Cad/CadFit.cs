using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Cad;

/// <summary>
/// What an import fitted from a CAD extract for one force: the demand a scenario needs (volumes, profiles, types,
/// grades, on-scene times, areas), each as counts and shares so a reader can judge how much data stands behind it.
/// </summary>
public sealed record CadFit
{
    public required string ForceId { get; init; }

    /// <summary>Incidents the fit used (good rows of this force).</summary>
    public required long Incidents { get; init; }

    public required DateTime From { get; init; }

    public required DateTime To { get; init; }

    /// <summary>The period the extract covers, in days: the first to the last created time, widened by one mean gap.</summary>
    public required double SpanDays { get; init; }

    public required IReadOnlyDictionary<Channel, long> ChannelCounts { get; init; }

    /// <summary>Incidents a year on each channel: the channel's count scaled by 365 / <see cref="SpanDays"/>.</summary>
    public required IReadOnlyDictionary<Channel, double> AnnualVolume { get; init; }

    /// <summary>168 factors from Monday 00:00, mean 1: incidents per hour of exposure in each hour of the week.</summary>
    public required IReadOnlyList<double> HourOfWeek { get; init; }

    /// <summary>12 factors January..December, mean 1 (1 for a month the extract does not cover).</summary>
    public required IReadOnlyList<double> Month { get; init; }

    /// <summary>Incident types, most frequent first.</summary>
    public required IReadOnlyList<TypeFit> Types { get; init; }

    /// <summary>Area shares, largest first; empty when the extract has no area column (or it is blank throughout).</summary>
    public required IReadOnlyList<AreaFit> Areas { get; init; }

    /// <summary>Caveats a reader must see (a short extract, months not covered, types with few on-scene times).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
