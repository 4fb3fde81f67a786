using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Processes;

/// <summary>
/// Messages as the other processes would send them, with every field a test does not care about set to something
/// plain, so a test names only what it varies (<c>ProtocolMessages.Outcome(victim, at) with { Late = true }</c>).
/// </summary>
public static class ProtocolMessages
{
    /// <summary>The address of control room <paramref name="index"/>.</summary>
    public static LpId ControlRoom(int index = 0) => new(LpKind.ControlRoom, index);

    /// <summary>A victim's id as the control room numbers them: the force in the high bits, the force's count of victims below.</summary>
    public static long VictimId(int force, long number) => VictimIds.Of(force, number);

    /// <summary>A non-crime emergency contact attended in time, with no vulnerability, taking effect at <paramref name="at"/>.</summary>
    public static ContactOutcome Outcome(long victimId, double at, long sequence = 0) => new()
    {
        EffectTime = at,
        Sender = ControlRoom(),
        Target = new LpId(LpKind.Victim, victimId),
        Sequence = sequence,
        ContactTime = at,
        Force = (int)(victimId >> 40),
        IncidentType = 0,
        Channel = Channel.Emergency,
        NeededGrade = Grade.Emergency,
        GivenGrade = Grade.Emergency,
        Vulnerable = false,
        VulnerabilityIdentified = false,
        RepeatIdentified = false,
        StructuredAssessment = false,
        Attended = true,
        ResponseMinutes = 10,
        Late = false,
        ToldOfDelay = false,
        Crime = false,
        Recorded = false,
    };

    /// <summary>A job's write-up and overtime for patrol unit <paramref name="unit"/>, taking effect at <paramref name="at"/>.</summary>
    public static UnitWorkload Workload(int unit, double at, double paperworkMinutes = 0, double overtimeMinutes = 0, long sequence = 0) => new()
    {
        EffectTime = at,
        Sender = ControlRoom(),
        Target = new LpId(LpKind.PatrolUnit, unit),
        Sequence = sequence,
        PaperworkMinutes = paperworkMinutes,
        OvertimeMinutes = overtimeMinutes,
    };

    /// <summary>A crime recorded at <paramref name="at"/> and referred to force <paramref name="force"/>'s investigation function.</summary>
    public static CrimeReferral Referral(long crimeId, long victimId, double at, int force = 0) => new()
    {
        EffectTime = at,
        Sender = ControlRoom(),
        Target = new LpId(LpKind.Investigation, force),
        Sequence = crimeId,
        CrimeId = crimeId,
        VictimId = victimId,
        CrimeClass = "violence",
        Vulnerable = false,
        RecordedAt = at,
    };

    /// <summary>An investigation update of <paramref name="kind"/> for a victim, taking effect at <paramref name="at"/>.</summary>
    public static InvestigationUpdate Update(long victimId, InvestigationUpdateKind kind, double at, long crimeId = 1, int force = 0, long sequence = 0) => new()
    {
        EffectTime = at,
        Sender = new LpId(LpKind.Investigation, force),
        Target = new LpId(LpKind.Victim, victimId),
        Sequence = sequence,
        CrimeId = crimeId,
        Kind = kind,
        At = at,
    };
}
