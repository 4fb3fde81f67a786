namespace ForceSim.Engine.Inspection;

/// <summary>One reported crime in a recording audit: was it recorded, and is it violence.</summary>
public readonly record struct RecordedCheck(bool Recorded, bool Violence);
