using ForceSim.Engine.Calendar;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// A force's investigation function, stepped once a day at the allocation point: new crimes are
/// screened and allocated to the least-loaded investigator, supervisors review cases as capacity
/// allows (a timely first review sets the initial plan), and investigators share their hours across
/// their caseload oldest first, so overload shows up as missed victim updates and unfinished enquiries.
/// </summary>
public sealed class InvestigationProcess : ILogicalProcess
{
    private readonly CompiledScenario _model;
    private readonly CompiledForce _force;
    private readonly InvestigationSettings _settings;
    private readonly EventCalendar<InvestigationEventKind> _calendar = new();
    private readonly SubjectTable<CrimeReferral> _referrals = new();
    private readonly SeededRandom _allocation;
    private readonly List<CrimeReferral> _pending = [];
    private readonly List<Case>[] _caseloads;
    private readonly List<(double Due, long CrimeId, Case Item)> _dueReviews = [];
    private readonly InvestigationTally _tally = new();
    private readonly CaseFileSample _caseFiles;
    private List<Message> _outbox = [];
    private double _windowEnd;
    private double _reviewCarry;
    private long _sent;

    public InvestigationProcess(CompiledScenario model, int forceIndex, int replication)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _force = model.Forces[forceIndex];
        _settings = _force.Settings.Investigation ?? throw new ArgumentException($"Force '{_force.Id}' has no investigation settings.", nameof(forceIndex));
        Id = new LpId(LpKind.Investigation, forceIndex);
        _allocation = SeededRandom.For(model.Seed, replication, LpKind.Investigation, forceIndex, "allocation");
        _caseloads = [.. Enumerable.Range(0, _settings.Investigators).Select(_ => new List<Case>())];
        _caseFiles = new CaseFileSample(model.Inspection.CaseFiles, replication, model.Seed, forceIndex);
        _calendar.Schedule(_settings.AllocationHour * 60.0, InvestigationEventKind.AllocationPoint);
    }

    public LpId Id { get; }

    public double NextEventTime => _calendar.NextTime;

    public long EventsProcessed { get; private set; }

    public int OpenCases => _caseloads.Sum(c => c.Count);

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
        _windowEnd = windowEnd;
        _outbox = outbox;
        while (_calendar.Count > 0 && _calendar.NextTime < windowEnd)
        {
            var e = _calendar.Pop();
            EventsProcessed++;
            if (e.Kind == InvestigationEventKind.Referral)
            {
                _pending.Add(_referrals.Take(e.Argument));
                continue;
            }

            StepDay(e.Time);
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
        tally.Forces[_force.Index].Inspection.CaseFiles.AddRange(_caseFiles.Select());
        tally.EventsProcessed += EventsProcessed;
    }

    private void StepDay(double now)
    {
        Allocate(now);
        Supervise(now);
        Investigate(now);
        if (_model.Period.Contains(now))
        {
            _tally.CaseloadSum += (double)OpenCases / _caseloads.Length;
            _tally.CaseloadSamples++;
        }
    }

    private void Allocate(double now)
    {
        foreach (var referral in _pending)
        {
            var counted = _model.Period.Contains(referral.RecordedAt);
            var uScreen = _allocation.NextDouble();
            var lines = Math.Max(1, (int)Math.Round(_force.LinesOfEnquiry!.Sample(_allocation)));
            var lineHours = new double[lines];
            for (var i = 0; i < lines; i++)
            {
                lineHours[i] = _force.HoursPerLine!.Sample(_allocation);
            }

            var uPlan = _allocation.NextDouble();
            var uCharge = _allocation.NextDouble();
            _tally.Referred += counted ? 1 : 0;
            if (uScreen < _settings.ScreenedOutShare)
            {
                _tally.ScreenedOut += counted ? 1 : 0;
                Notify(referral.VictimId, referral.CrimeId, InvestigationUpdateKind.ScreenedOut, now);
                continue;
            }

            var investigator = LeastLoadedInvestigator();
            var item = new Case
            {
                CrimeId = referral.CrimeId,
                VictimId = referral.VictimId,
                RecordedAt = referral.RecordedAt,
                CrimeClass = referral.CrimeClass,
                AllocatedAt = now,
                Investigator = investigator,
                LineHours = lineHours,
                UPlan = uPlan,
                UCharge = uCharge,
                Counted = counted,
                NextReviewDue = now + (_settings.ReviewIntervalDays * 1440.0),
                NextUpdateDue = now + (_settings.VictimUpdateIntervalDays * 1440.0),
            };
            _caseloads[investigator].Add(item);
        }

        _pending.Clear();
    }

    private int LeastLoadedInvestigator()
    {
        var best = 0;
        for (var i = 1; i < _caseloads.Length; i++)
        {
            if (_caseloads[i].Count < _caseloads[best].Count)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Supervisors work through the reviews that are due, earliest due first, as far as the day's
    /// capacity goes. A first review in time sets the initial plan; a review missed by more than the
    /// plan window counts against supervision, and without a first review the investigator may still
    /// set a plan unprompted.
    /// </summary>
    private static int EarliestDueFirst((double Due, long CrimeId, Case Item) a, (double Due, long CrimeId, Case Item) b) =>
        a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.CrimeId.CompareTo(b.CrimeId);

    private void Supervise(double now)
    {
        var planWindow = _settings.PlanWithinDays * 1440.0;
        var interval = _settings.ReviewIntervalDays * 1440.0;
        var capacity = (_settings.Supervisors * _settings.ReviewsPerSupervisorPerDay) + _reviewCarry;
        _dueReviews.Clear();
        foreach (var caseload in _caseloads)
        {
            foreach (var item in caseload)
            {
                var due = item.InitialReviewPending ? item.AllocatedAt : item.NextReviewDue;
                if (due <= now)
                {
                    _dueReviews.Add((due, item.CrimeId, item));
                }
            }
        }

        _dueReviews.Sort(EarliestDueFirst);
        foreach (var (due, _, item) in _dueReviews)
        {
            var late = now - due > planWindow;
            if (capacity >= 1)
            {
                capacity--;
                if (item.InitialReviewPending)
                {
                    item.InitialReviewPending = false;
                    item.PlanSet = !late || item.UPlan < _settings.PlanWithoutSupervision;
                    item.NextReviewDue = now + interval;
                }
                else
                {
                    item.NextReviewDue += interval;
                }

                item.Supervised &= !late;
            }
            else if (late)
            {
                // Missed altogether: it counts against supervision and falls due again next interval.
                item.Supervised = false;
                if (item.InitialReviewPending)
                {
                    item.InitialReviewPending = false;
                    item.PlanSet = item.UPlan < _settings.PlanWithoutSupervision;
                    item.NextReviewDue = now + interval;
                }
                else
                {
                    item.NextReviewDue += interval;
                }
            }
        }

        // Review time is not banked from one day to the next, only the fraction of a review.
        _reviewCarry = capacity - Math.Floor(capacity);
    }

    private void Investigate(double now)
    {
        var updateHours = _settings.VictimUpdateMinutes / 60.0;
        var planFactor = 1 - _settings.PlanEffortSaving;
        foreach (var caseload in _caseloads)
        {
            var hours = _settings.InvestigatorHoursPerDay;
            foreach (var item in caseload)
            {
                if (item.NextUpdateDue <= now)
                {
                    var delivered = hours >= updateHours;
                    hours -= delivered ? updateHours : 0;
                    if (_model.Period.Contains(item.NextUpdateDue))
                    {
                        _tally.UpdatesDue++;
                        _tally.UpdatesDelivered += delivered ? 1 : 0;
                    }

                    item.UpdatesDue++;
                    item.UpdatesDelivered += delivered ? 1 : 0;
                    Notify(item.VictimId, item.CrimeId, delivered ? InvestigationUpdateKind.Informed : InvestigationUpdateKind.NotInformed, now);
                    item.NextUpdateDue += _settings.VictimUpdateIntervalDays * 1440.0;
                }

                var budget = Math.Min(hours, _settings.MaxHoursPerCasePerDay);
                hours -= budget - Work(item, budget, item.PlanSet ? planFactor : 1.0);
                if (item.LinesCompleted == item.LineHours.Length || now - item.AllocatedAt >= _settings.CaseDeadlineDays * 1440.0)
                {
                    Close(item, now);
                }
            }

            caseload.RemoveAll(c => c.Closed);
        }
    }

    /// <summary>Spends up to <paramref name="budget"/> hours on the case's lines in order; returns the hours left unused.</summary>
    private static double Work(Case item, double budget, double effortFactor)
    {
        while (budget > 0 && item.LinesCompleted < item.LineHours.Length)
        {
            var needed = (item.LineHours[item.LinesCompleted] * effortFactor) - item.HoursOnCurrentLine;
            if (needed > budget)
            {
                item.HoursOnCurrentLine += budget;
                return 0;
            }

            budget -= needed;
            item.HoursOnCurrentLine = 0;
            item.LinesCompleted++;
        }

        return budget;
    }

    private void Close(Case item, double now)
    {
        item.Closed = true;
        var completed = (double)item.LinesCompleted / item.LineHours.Length;
        var charged = item.UCharge < _settings.ChargeProbability * completed;
        if (item.Counted && now < _model.Period.End)
        {
            _tally.Closed++;
            _tally.PlanSet += item.PlanSet ? 1 : 0;
            _tally.Supervised += item.Supervised && !item.InitialReviewPending ? 1 : 0;
            _tally.LinesTotal += item.LineHours.Length;
            _tally.LinesCompleted += item.LinesCompleted;
            _tally.Timely += now - item.RecordedAt <= _settings.TimelinessDays * 1440.0 ? 1 : 0;
            _tally.Charged += charged ? 1 : 0;
            _caseFiles.Offer(new CaseFile(item.CrimeClass, item.PlanSet, item.Supervised && !item.InitialReviewPending, item.LinesCompleted, item.LineHours.Length, item.UpdatesDelivered, item.UpdatesDue));
        }

        Notify(item.VictimId, item.CrimeId, charged ? InvestigationUpdateKind.ClosedCharged : InvestigationUpdateKind.ClosedNoCharge, now);
    }

    private void Notify(long victimId, long crimeId, InvestigationUpdateKind kind, double now)
    {
        if (victimId == 0)
        {
            return;
        }

        _outbox.Add(new InvestigationUpdate
        {
            EffectTime = _windowEnd,
            Sender = Id,
            Target = new LpId(LpKind.Victim, victimId),
            Sequence = _sent++,
            CrimeId = crimeId,
            Kind = kind,
            At = now,
        });
    }
}
