using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.IncidentLogs;
using ForceSim.Engine.Investigations;
using ForceSim.Engine.Measures;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The in-process host: every LP of one replication in memory, stepped window by window on one thread through the
/// shared <see cref="WindowProtocol{TVictim}"/>; an LP is reached by a method call. The LPs stay available afterwards,
/// so a finished run can be queried (a victim's journey, a unit's log), unless it was asked to retire victims: then a
/// victim with nothing left to do is folded into the tally and forgotten at once, so memory follows the active victims
/// rather than every victim of the horizon (a national year meets millions), and its process becomes the next new victim's.
/// </summary>
public sealed class InProcessRun
{
    private readonly CompiledScenario _model;
    private readonly ILogicalProcess[] _fixed;
    private readonly WindowProtocol<VictimProcess> _protocol;
    private readonly bool _retireVictims;
    private readonly RetiredMissedJourneys? _retiredMissed;
    private readonly Stack<VictimProcess> _finishedVictims = new(); // retired victims' processes, to become new victims'

    /// <param name="incidentLog">Where every control room reports the incidents it closes (for a CAD extract); null logs nothing.</param>
    /// <param name="retireVictims">Forget victims with nothing left to do and keep no unit's shift log: a run nobody will ask about (results are the same; <see cref="Victim"/> then finds only those still active).</param>
    /// <param name="missedJourneysToKeep">With <paramref name="retireVictims"/>: how many retired missed repeat victims' journeys to keep for <see cref="MissedRepeatVictims"/>.</param>
    public InProcessRun(CompiledScenario model, int replication, IIncidentLog? incidentLog = null, bool retireVictims = false, int missedJourneysToKeep = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(missedJourneysToKeep);
        _model = model;
        _retireVictims = retireVictims;
        _retiredMissed = retireVictims && missedJourneysToKeep > 0 ? new RetiredMissedJourneys(missedJourneysToKeep) : null;
        // Victims draw through this one generator (loading their own stream's state), as all run on this thread.
        var victimScratch = new SeededRandom(0);
        _protocol = new WindowProtocol<VictimProcess>(
            model,
            id => _finishedVictims.TryPop(out var finished) ? finished.Reuse(id) : new VictimProcess(model, id, replication, victimScratch));
        ControlRooms = [.. Enumerable.Range(0, model.ControlRooms.Length).Select(i => new ControlRoomProcess(model, i, replication, incidentLog))];
        PatrolUnits = [.. Enumerable.Range(0, model.Units.Length).Select(i => new PatrolUnitProcess(model, i, replication, keepShiftLog: !retireVictims))];
        Investigations = [.. model.Forces.Where(f => f.Settings.Investigation is not null).Select(f => new InvestigationProcess(model, f.Index, replication))];
        var all = ControlRooms.Cast<ILogicalProcess>().Concat(PatrolUnits).Concat(Investigations).ToDictionary(lp => lp.Id);
        _fixed = [.. _protocol.Fixed.Ids.Select(id => all[id])];
    }

    public IReadOnlyList<ControlRoomProcess> ControlRooms { get; }

    public IReadOnlyList<PatrolUnitProcess> PatrolUnits { get; }

    public IReadOnlyList<InvestigationProcess> Investigations { get; }

    public IEnumerable<VictimProcess> Victims => _protocol.VictimsById().Select(v => v.Host);

    public long MessagesDelivered => _protocol.MessagesDelivered;

    /// <summary>Victims forgotten because nothing more could happen to them.</summary>
    public long VictimsRetired => _protocol.VictimsRetired;

    /// <summary>Journeys of retired missed repeat victims that could still be among those shown.</summary>
    public IReadOnlyList<VictimJourney> RetiredMissedJourneys => _retiredMissed?.Kept ?? [];

    public VictimProcess? Victim(long id) => _protocol.Victim(id)?.Host;

    public ReplicationTally Run(CancellationToken cancellationToken = default) => Run(CollectDirectly, cancellationToken);

    /// <summary>
    /// Runs, then hands each fixed LP to <paramref name="collectFixed"/> with the replication's tally, in the
    /// protocol's order (victims still collect straight into the tally). Lets a test stand in for a distributed
    /// host that collects each LP into its own tally and merges the partials.
    /// </summary>
    public ReplicationTally Run(Action<ILogicalProcess, ReplicationTally> collectFixed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collectFixed);
        var tally = new ReplicationTally(_model.Period, _model.Forces.Length, _model.ControlRooms.Length);
        var outbox = new List<Message>();
        for (var i = 0; i < _fixed.Length; i++)
        {
            _fixed[i].Start(outbox);
            _protocol.FixedStepped(i, _fixed[i].NextEventTime);
        }

        _protocol.Route(outbox);
        while (_protocol.NextWindow())
        {
            if ((_protocol.Window & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Step(outbox, tally);
            _protocol.Route(outbox);
        }

        // Retired victims are in the tally already; every victim sum is exact, so when they were added does not matter.
        _protocol.Collect(tally, (i, t) => collectFixed(_fixed[i], t), static (victim, t) => victim.Host.Collect(t));
        return tally;
    }

    private void Step(List<Message> outbox, ReplicationTally tally)
    {
        var windowEnd = _protocol.WindowEnd;
        // Indexed loops: no enumerator per window on the hot path.
        var dueFixed = _protocol.DueFixed;
        for (var d = 0; d < dueFixed.Count; d++)
        {
            var i = dueFixed[d];
            var lp = _fixed[i];
            ProcessStep.Run(lp, _protocol.MailOf(i), windowEnd, outbox);
            _protocol.FixedStepped(i, lp.NextEventTime);
        }

        var dueVictims = _protocol.DueVictims;
        for (var d = 0; d < dueVictims.Count; d++)
        {
            var victim = dueVictims[d];
            ProcessStep.Run(victim.Host, victim.Mail, windowEnd, outbox);
            _protocol.VictimStepped(victim, victim.Host.NextEventTime);
            if (_retireVictims && victim.Host.HasNothingLeftToDo)
            {
                victim.Host.Collect(tally);
                _retiredMissed?.Offer(victim.Host);
                _protocol.Retire(victim, reuseRecord: true);
                _finishedVictims.Push(victim.Host);
            }
        }
    }

    private static void CollectDirectly(ILogicalProcess lp, ReplicationTally tally) => lp.Collect(tally);
}
