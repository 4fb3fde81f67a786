namespace ForceSim.Engine.Protocol;

/// <summary>Control room → patrol unit: a finished job and the write-up it leaves behind.</summary>
public sealed record UnitWorkload : Message
{
    public required double PaperworkMinutes { get; init; }

    public required double OvertimeMinutes { get; init; }
}
