using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Victims;

/// <summary>A victim's whole state, plain data: what a host stores when it lets an idle victim leave memory.</summary>
public sealed record VictimSnapshot
{
    public required long VictimId { get; init; }

    public required GeneratorState Random { get; init; }

    /// <summary>Pending events in calendar order: a message to take effect, or (no message) a repeat victimisation.</summary>
    public required IReadOnlyList<PendingVictimEvent> Pending { get; init; }

    public required IReadOnlyList<JourneyStep> Journey { get; init; }

    public long Sent { get; init; }

    public int LastIncidentType { get; init; }

    public int LastForce { get; init; }

    public Channel LastChannel { get; init; }

    public bool Counted { get; init; }

    public int Repeats { get; init; }

    public long RepeatsCounted { get; init; }

    public long RepeatsReported { get; init; }

    public long RepeatsUnreported { get; init; }

    public long EventsProcessed { get; init; }

    public double Confidence { get; init; }

    public int Contacts { get; init; }

    public bool Vulnerable { get; init; }

    /// <summary>Crimes referred to investigation whose end the victim has not yet heard.</summary>
    public int OpenCases { get; init; }

    /// <summary>Repeat calls the victim hung up on before being answered.</summary>
    public int CallsAbandoned { get; init; }
}
