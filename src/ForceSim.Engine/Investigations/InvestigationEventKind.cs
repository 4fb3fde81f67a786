namespace ForceSim.Engine.Investigations;

/// <summary>What an investigation function's calendar holds.</summary>
public enum InvestigationEventKind
{
    /// <summary>A recorded crime arrives; it waits for the next allocation point (subject: the referral).</summary>
    Referral,

    /// <summary>The daily allocation point: allocate, supervise and investigate.</summary>
    AllocationPoint,
}
