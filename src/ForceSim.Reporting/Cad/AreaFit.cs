namespace ForceSim.Reporting.Cad;

/// <summary>One area's share of the force's incidents, as the extract's area column gives it.</summary>
public sealed record AreaFit(string Id, long Count, double Share);
