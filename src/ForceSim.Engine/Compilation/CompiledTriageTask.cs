using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>
/// A control room's rule for one triage task (the structured assessment or the repeat-victim check), ready for the
/// hot loop: whether policy makes it mandatory for a call (by channel, or by force and incident type), how often it
/// is done on discretionary calls with so many callers waiting, and how long it takes.
/// </summary>
public sealed class CompiledTriageTask
{
    private readonly bool[] _mandatoryChannels = new bool[3];
    private readonly bool[][] _mandatoryTypes;

    public CompiledTriageTask(TriageTask task, IReadOnlyList<CompiledForce> forces)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(forces);
        Task = task;
        foreach (var channel in task.MandatoryChannels)
        {
            _mandatoryChannels[(int)channel] = true;
        }

        _mandatoryTypes = [.. forces.Select(f => f.IncidentTypes.Select(t => task.MandatoryIncidentTypes.Contains(t.Settings.Id)).ToArray())];
        Minutes = new Sampler(task.Minutes);
    }

    public TriageTask Task { get; }

    /// <summary>Handling time the task adds to a call.</summary>
    public Sampler Minutes { get; }

    /// <summary>Whether policy requires the task on this call.</summary>
    public bool IsMandatory(Channel channel, int force, int type) =>
        _mandatoryChannels[(int)channel] || (force < _mandatoryTypes.Length && _mandatoryTypes[force][type]);

    /// <summary>
    /// Whether the task is done: always when mandatory; otherwise when the call's uniform draw falls below the share of
    /// discretionary calls handlers manage with <paramref name="callsWaiting"/> callers waiting.
    /// </summary>
    public bool IsDone(Channel channel, int force, int type, int callsWaiting, double uniform) =>
        IsMandatory(channel, force, type) || uniform < Task.Compliance.ShareAt(callsWaiting);
}
