using ForceSim.Reporting.Cad;

namespace ForceSim.Experiments.Cad;

/// <summary>What an import read and fitted: the fit, the fragment, and the rows it skipped (bad ones by line).</summary>
public sealed record CadImportResult
{
    public required CadFit Fit { get; init; }

    /// <summary>The fragment's YAML text (written to <see cref="FragmentPath"/> when one was asked for).</summary>
    public required string Fragment { get; init; }

    public string? FragmentPath { get; init; }

    /// <summary>Data rows in the extract (the header not counted).</summary>
    public required long Rows { get; init; }

    /// <summary>Rows of other forces, skipped.</summary>
    public required long OtherForceRows { get; init; }

    public required long BadRows { get; init; }

    /// <summary>The first bad rows, by line (at most <see cref="CadImportService.BadRowsListed"/>).</summary>
    public required IReadOnlyList<BadRow> FirstBadRows { get; init; }
}

/// <summary>A row the import skipped: its line in the file and which column was wrong and why (never the value).</summary>
public sealed record BadRow(long Line, string Problem);
