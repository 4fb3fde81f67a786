using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What triage concluded about a contact: how it was assessed, what risk was found and the grade given.
/// The needed grade is the incident's truth, so attendance can be judged against need as well as the grade given.
/// </summary>
public readonly record struct Assessment(
    bool Structured,
    bool CheckDone,
    bool RepeatIdentified,
    bool VulnerabilityIdentified,
    Grade NeededGrade,
    Grade GivenGrade);
