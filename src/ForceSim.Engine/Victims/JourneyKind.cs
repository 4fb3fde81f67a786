namespace ForceSim.Engine.Victims;

/// <summary>What happened at one step of a victim's journey.</summary>
public enum JourneyKind
{
    Contact,
    RepeatVictimisation,
    RepeatNotReported,
    KeptInformed,
    NotInformed,
    ScreenedOut,
    ClosedCharged,
    ClosedNoCharge,

    /// <summary>Rang again and hung up before being answered.</summary>
    CallAbandoned,
}
