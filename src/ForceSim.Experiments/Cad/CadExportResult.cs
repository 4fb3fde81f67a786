namespace ForceSim.Experiments.Cad;

/// <summary>What an export wrote: the file, its incident rows and the period they cover.</summary>
public sealed record CadExportResult(string OutputPath, long Rows, DateOnly From, double Days, IReadOnlyList<string> Forces);
