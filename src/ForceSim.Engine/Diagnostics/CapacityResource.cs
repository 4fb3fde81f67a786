namespace ForceSim.Engine.Diagnostics;

/// <summary>
/// The capacities work flows through, in the order it meets them: a call is answered and triaged, an incident is
/// attended (and its crime recorded at the scene), a recorded crime is investigated. Whatever rests on a later stage
/// rests on the earlier ones too: crimes nobody attended are never recorded or investigated.
/// </summary>
public enum CapacityResource
{
    CallHandling,
    Response,
    Investigation,
}
