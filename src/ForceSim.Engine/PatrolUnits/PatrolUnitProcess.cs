using ForceSim.Engine.Calendar;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.PatrolUnits;

/// <summary>
/// A response unit: works its rostered shift every day unless abstracted (training, court, sickness,
/// leave), starts each shift by writing up earlier crimes, and publishes its availability plan to the
/// control room one window ahead, which is the lookahead the window protocol needs.
/// </summary>
public sealed class PatrolUnitProcess : ILogicalProcess
{
    private readonly CompiledScenario _model;
    private readonly UnitSlot _slot;
    private readonly ResponseSettings _settings;
    private readonly EventCalendar<PatrolUnitEventKind> _calendar = new(capacity: 2); // one shift planned at a time; 8,000 units nationally
    private readonly SeededRandom _abstractions;
    private readonly List<ShiftRecord>? _log;
    private readonly LpId _controlRoom;
    private double _backlogMinutes;
    private long _sent;
    private long _shiftsPlanned;
    private long _shiftsAbstracted;
    private double _paperworkMinutes;

    /// <param name="keepShiftLog">Keep every shift for <see cref="ShiftLog"/> (a year is ~365 records a unit; a run nobody will ask about need not).</param>
    public PatrolUnitProcess(CompiledScenario model, int globalUnit, int replication, bool keepShiftLog = true)
    {
        _log = keepShiftLog ? [] : null;
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _slot = model.Units[globalUnit];
        _settings = model.Forces[_slot.Force].Settings.Response;
        _controlRoom = new LpId(LpKind.ControlRoom, model.Forces[_slot.Force].ControlRoom);
        Id = new LpId(LpKind.PatrolUnit, globalUnit);
        _abstractions = SeededRandom.For(model.Seed, replication, LpKind.PatrolUnit, globalUnit, "abstraction");
    }

    public LpId Id { get; }

    public double NextEventTime => _calendar.NextTime;

    public long EventsProcessed { get; private set; }

    /// <summary>Every shift planned so far (empty unless the log is kept).</summary>
    public IReadOnlyList<ShiftRecord> ShiftLog => (IReadOnlyList<ShiftRecord>?)_log ?? [];

    public double OvertimeMinutes { get; private set; }

    /// <summary>
    /// The unit as a user asks about it. Its busy minutes are passed in because the control room that
    /// commands the unit keeps them, not the unit.
    /// </summary>
    public UnitReport Describe(double? busyMinutes) => new()
    {
        Unit = Id.Id,
        Force = _model.Forces[_slot.Force].Id,
        StartMinute = _slot.StartMinute,
        LengthMinutes = _slot.LengthMinutes,
        Shifts = [.. ShiftLog],
        OvertimeMinutes = OvertimeMinutes,
        BusyMinutes = busyMinutes,
    };

    /// <summary>
    /// Publishes the shifts that start before the first planning point could reach them
    /// (including a night shift running over from the day before), then plans day by day.
    /// </summary>
    public void Start(List<Message> outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        for (var day = -1; ; day++)
        {
            var start = ShiftStart(day);
            if (start - _model.WindowMinutes >= 0)
            {
                _calendar.Schedule(start - _model.WindowMinutes, PatrolUnitEventKind.PlanShift, day);
                return;
            }

            if (start + _slot.LengthMinutes > 0)
            {
                PlanShift(day, outbox);
            }
        }
    }

    public void Deliver(Message message)
    {
        if (message is not UnitWorkload work)
        {
            throw new InvalidOperationException($"Patrol unit cannot accept {message.GetType().Name}.");
        }

        _backlogMinutes += work.PaperworkMinutes;
        OvertimeMinutes += work.OvertimeMinutes;
    }

    public void Advance(double windowEnd, List<Message> outbox)
    {
        while (_calendar.Count > 0 && _calendar.NextTime < windowEnd)
        {
            var e = _calendar.Pop();
            EventsProcessed++;
            PlanShift(e.Argument, outbox);
            var next = e.Argument + 1;
            _calendar.Schedule(ShiftStart(next) - _model.WindowMinutes, PatrolUnitEventKind.PlanShift, next);
        }
    }

    public void Collect(ReplicationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        // One add per field: a host that collects this unit into its own tally and merges it gets the same sum.
        var response = tally.Forces[_slot.Force].Response;
        response.ShiftsPlanned += _shiftsPlanned;
        response.ShiftsAbstracted += _shiftsAbstracted;
        response.PaperworkMinutes += _paperworkMinutes;
        tally.EventsProcessed += EventsProcessed;
    }

    /// <summary>Counts a shift planned in the measured period as it is planned, in shift order (so the sum is the same as over a log).</summary>
    private void Log(ShiftRecord shift)
    {
        _log?.Add(shift);
        if (_model.Period.Contains(shift.Start))
        {
            _shiftsPlanned++;
            _shiftsAbstracted += shift.Abstraction == AbstractionReason.None ? 0 : 1;
            _paperworkMinutes += shift.PaperworkMinutes;
        }
    }

    private double ShiftStart(int day) => (day * 1440.0) + _slot.StartMinute;

    private void PlanShift(int day, List<Message> outbox)
    {
        var start = Math.Max(ShiftStart(day), 0); // a night shift from before time zero counts from zero
        var end = ShiftStart(day) + _slot.LengthMinutes;
        if (start >= _model.Period.End)
        {
            return;
        }

        var reason = DrawAbstraction();
        if (reason != AbstractionReason.None)
        {
            Log(new ShiftRecord(start, end, reason, 0));
            return;
        }

        // Write-ups from earlier jobs are done at the start of the shift, before the unit is free to deploy; no more than
        // the cap or the shift itself allows, the rest waits for later shifts.
        var paperwork = Math.Min(_backlogMinutes, Math.Min(_settings.MaxPaperworkMinutesPerShift, end - start));
        _backlogMinutes -= paperwork;
        Log(new ShiftRecord(start, end, AbstractionReason.None, paperwork));
        outbox.Add(new ShiftPlan
        {
            EffectTime = start,
            Sender = Id,
            Target = _controlRoom,
            Sequence = _sent++,
            Unit = (int)Id.Id,
            From = start + paperwork,
            To = end,
            BacklogMinutes = _backlogMinutes,
        });
    }

    private AbstractionReason DrawAbstraction()
    {
        var rates = _settings.Abstraction;
        var u = _abstractions.NextDouble();
        if ((u -= rates.Training) < 0)
        {
            return AbstractionReason.Training;
        }

        if ((u -= rates.Court) < 0)
        {
            return AbstractionReason.Court;
        }

        if ((u -= rates.Sickness) < 0)
        {
            return AbstractionReason.Sickness;
        }

        return (u - rates.Leave) < 0 ? AbstractionReason.Leave : AbstractionReason.None;
    }
}
