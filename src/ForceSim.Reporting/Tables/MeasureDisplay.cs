namespace ForceSim.Reporting.Tables;

/// <summary>A headline measure's label, unit and (where one exists) the standard it is held to.</summary>
public sealed record MeasureDisplay(string Name, string Label, MeasureUnit Unit, string? Target = null);
