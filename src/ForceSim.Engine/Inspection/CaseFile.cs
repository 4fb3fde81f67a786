namespace ForceSim.Engine.Inspection;

/// <summary>What an inspector reads in one investigated crime's file.</summary>
public readonly record struct CaseFile(string CrimeClass, bool PlanSet, bool Supervised, int LinesCompleted, int LinesTotal, int UpdatesDelivered, int UpdatesDue);
