namespace ForceSim.Experiments.Cad;

/// <summary>Fit one force's demand from an incident-level extract (what <c>forcesim import cad</c> asks for).</summary>
public sealed record CadImportRequest
{
    public required string ExtractPath { get; init; }

    /// <summary>The force id the fragment is written for; in a multi-force extract, only its rows are read.</summary>
    public required string ForceId { get; init; }

    /// <summary>Where to write the scenario fragment; null writes nothing (the fit is still reported).</summary>
    public string? OutputPath { get; init; }

    /// <summary><c>--columns</c>: <c>column=Header</c> pairs or a YAML file of them; null reads the documented names.</summary>
    public string? Columns { get; init; }

    /// <summary>The largest share of bad rows an import accepts (skipping them) before it refuses the file.</summary>
    public double MaxBadShare { get; init; } = 0.01;
}
