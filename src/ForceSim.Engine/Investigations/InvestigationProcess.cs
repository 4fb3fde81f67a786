using ForceSim.Engine.Calendar;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// A force's investigation function, stepped once a day at the allocation point: new crimes are
/// screened and allocated to the least-loaded investigator, supervisors review cases as capacity
/// allows (a timely first review sets the initial plan), and investigators share their hours across
/// their caseload oldest first, so overload shows up as missed victim updates and unfinished enquiries.
/// Each of those is a class that owns its state; this class only keeps the calendar and tells the day in order.
/// </summary>
public sealed class InvestigationProcess : ILogicalProcess
{
    private readonly CompiledScenario _model;
    private readonly CompiledForce _force;
    private readonly EventCalendar<InvestigationEventKind> _calendar = new();
    private readonly SubjectTable<CrimeReferral> _referrals = new();
    private readonly InvestigationContext _context;
    private readonly InvestigationTally _tally;
    private readonly Caseloads _caseloads;
    private readonly CaseAllocation _allocation;
    private readonly Supervision _supervision;
    private readonly CaseClosure _closure;
    private readonly CaseWork _work;

    public InvestigationProcess(CompiledScenario model, int forceIndex, int replication)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _force = model.Forces[forceIndex];
        var settings = _force.Settings.Investigation ?? throw new ArgumentException($"Force '{_force.Id}' has no investigation settings.", nameof(forceIndex));
        Id = new LpId(LpKind.Investigation, forceIndex);
        _context = new InvestigationContext(Id, model.Seed, replication);
        _caseloads = new Caseloads(settings.Investigators);
        _tally = new InvestigationTally(model.Period);
        _allocation = new CaseAllocation(model, _force, _context, _caseloads, _tally);
        _supervision = new Supervision(settings, _context, _caseloads);
        _closure = new CaseClosure(model, _force, _context, _tally, replication);
        _work = new CaseWork(model, settings, _context, _caseloads, _closure, _tally);
        _calendar.Schedule(settings.AllocationHour * 60.0, InvestigationEventKind.AllocationPoint);
    }

    public LpId Id { get; }

    public double NextEventTime => _calendar.NextTime;

    public long EventsProcessed { get; private set; }

    public int OpenCases => _caseloads.OpenCases;

    public void Start(List<Message> outbox)
    {
    }

    public void Deliver(Message message)
    {
        if (message is not CrimeReferral referral)
        {
            throw new InvalidOperationException($"Investigation cannot accept {message.GetType().Name}.");
        }

        _calendar.Schedule(referral.EffectTime, InvestigationEventKind.Referral, _referrals.Store(referral));
    }

    public void Advance(double windowEnd, List<Message> outbox)
    {
        _context.BeginWindow(windowEnd, outbox);
        while (_calendar.Count > 0 && _calendar.NextTime < windowEnd)
        {
            var e = _calendar.Pop();
            _context.MoveTo(e.Time);
            EventsProcessed++;
            if (e.Kind == InvestigationEventKind.Referral)
            {
                _allocation.Refer(_referrals.Take(e.Argument));
                continue;
            }

            StepDay();
            if (e.Time + 1440.0 < _model.Period.End)
            {
                _calendar.Schedule(e.Time + 1440.0, InvestigationEventKind.AllocationPoint);
            }
        }
    }

    public void Collect(ReplicationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        tally.Forces[_force.Index].Investigation.Merge(_tally);
        tally.Forces[_force.Index].Inspection.CaseFiles.AddRange(_closure.SampledFiles());
        tally.EventsProcessed += EventsProcessed;
    }

    /// <summary>The day in its fixed order: yesterday's crimes are allocated, supervised, then worked; then the caseload is measured.</summary>
    private void StepDay()
    {
        _allocation.AllocateWaiting();
        _supervision.Review();
        _work.WorkTheDay();
        _tally.Caseload.Sample(_context.Now, (double)_caseloads.OpenCases / _caseloads.Investigators);
        if (_model.Period.Contains(_context.Now))
        {
            _tally.CaseloadSum += (double)_caseloads.OpenCases / _caseloads.Investigators;
            _tally.CaseloadSamples++;
        }
    }
}
