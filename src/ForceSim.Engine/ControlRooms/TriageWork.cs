namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What the handler does on a call beyond talking it through, decided as the call is answered (policy, and how many
/// callers are waiting): a structured assessment, a repeat-victim check, and the minutes they add before the incident
/// is graded. Work done under pressure is the outcome; the policy is only its input.
/// </summary>
public readonly record struct TriageWork(bool Structured, bool CheckDone, double ExtraMinutes)
{
    /// <summary>A call answered with no assessment work decided yet (calls graded without being answered by a handler).</summary>
    public static TriageWork None => default;
}
