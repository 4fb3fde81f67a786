using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Cad;

/// <summary>One incident type as an extract shows it: its share of each channel, the grades it was given and its on-scene time.</summary>
public sealed record TypeFit
{
    /// <summary>The type as a scenario identifier (the extract's code, lower-cased, other characters replaced by '_').</summary>
    public required string Id { get; init; }

    public required long Count { get; init; }

    /// <summary>Share of each channel's incidents that are of this type (0 on a channel where it never appears).</summary>
    public required IReadOnlyDictionary<Channel, double> Shares { get; init; }

    /// <summary>Share of this type's incidents given each grade.</summary>
    public required IReadOnlyDictionary<Grade, double> GradeShares { get; init; }

    /// <summary>The grade most often given: the type's grade in the fragment (a scenario type has one needed grade).</summary>
    public required Grade Grade { get; init; }

    /// <summary>Share of this type's incidents with a crime recorded; null when the extract has no crime column.</summary>
    public double? CrimeRecordedShare { get; init; }

    /// <summary>The fitted on-scene time (arrived to cleared), or null when no attended incident of the type has both times.</summary>
    public OnSceneFit? OnScene { get; init; }
}
