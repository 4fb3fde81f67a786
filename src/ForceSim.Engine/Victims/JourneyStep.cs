using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Victims;

/// <summary>
/// One step of a victim's journey, kept compact because a force-year has ~100k victims.
/// For contacts, <see cref="Grade"/> is the grade given and <see cref="Minutes"/> the response time (NaN if not attended).
/// </summary>
public readonly record struct JourneyStep(double Time, JourneyKind Kind, Grade Grade, bool Late, bool Recorded, bool RepeatIdentified, double Minutes, double ConfidenceAfter);
