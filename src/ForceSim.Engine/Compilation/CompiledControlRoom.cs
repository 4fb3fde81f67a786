using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>A control room ready to simulate: its roster, channels and the forces it answers.</summary>
public sealed class CompiledControlRoom
{
    public CompiledControlRoom(int index, ControlRoomSettings settings, IReadOnlyList<int> forces, IReadOnlyList<CompiledForce>? allForces = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Index = index;
        Settings = settings;
        Roster = new HandlerRoster(settings.CallHandlers);
        Channels = new CompiledChannel?[3];
        foreach (var (channel, channelSettings) in settings.Channels)
        {
            Channels[(int)channel] = new CompiledChannel(channelSettings);
        }

        Forces = forces;
        StructuredAssessment = new CompiledTriageTask(settings.Triage.StructuredAssessment, allForces ?? []);
        RepeatVictimCheck = new CompiledTriageTask(settings.Triage.RepeatVictimCheck, allForces ?? []);
    }

    /// <summary>The room's rule for the structured risk assessment (THRIVE).</summary>
    public CompiledTriageTask StructuredAssessment { get; }

    /// <summary>The room's rule for the repeat-victim check.</summary>
    public CompiledTriageTask RepeatVictimCheck { get; }

    public int Index { get; }

    public ControlRoomSettings Settings { get; }

    public HandlerRoster Roster { get; }

    /// <summary>Indexed by <see cref="Channel"/>; null where the room has no such channel.</summary>
    public CompiledChannel?[] Channels { get; }

    /// <summary>Indices of the forces this room answers.</summary>
    public IReadOnlyList<int> Forces { get; }
}
