using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Dispatch for one force: strict non-preemptive priority by grade, first come first served within a grade. When
/// the most urgent incident needs more units than are free, free units are held for it; a reserve of units can
/// also be kept free for emergencies that have not happened yet.
/// </summary>
public sealed class ForceDispatch
{
    private readonly CompiledForce _force;
    private readonly ControlRoomContext _context;
    private readonly ForceTally _forceTally;
    private readonly ResponseTally _tally;
    private readonly TravelTime _travel;
    private readonly Reservoir<bool> _attendanceSample;
    private readonly Queue<Contact>[] _waiting = new Queue<Contact>[ChannelIndex.DispatchedGrades];

    public ForceDispatch(CompiledScenario model, int force, ControlRoomContext context, ForceTally tally)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tally);
        _force = model.Forces[force];
        _context = context;
        _forceTally = tally;
        _tally = tally.Response;
        _travel = new TravelTime(_force.Settings.Travel);
        Units = new UnitPool(_force, _force.Settings.MutualAid?.Units ?? 0, context, tally.Response, model.Period);

        // The inspection's sample of attended emergency and priority incidents: within target or not.
        _attendanceSample = new(model.Inspection.AttendanceSample, context.Stream($"inspection:attendance:{_force.Id}"));
        for (var g = 0; g < _waiting.Length; g++)
        {
            _waiting[g] = new Queue<Contact>();
        }
    }

    public UnitPool Units { get; }

    /// <summary>Incidents waiting for units with the given grade.</summary>
    public int Waiting(Grade grade) => _waiting[(int)grade].Count;

    /// <summary>A graded incident joins the queue for its grade and is sent units if its turn has come.</summary>
    public void AwaitDispatch(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var type = _force.IncidentTypes[incident.Type].Settings;
        incident.AwaitDispatch(_context.Now, Math.Clamp(type.Units, 1, Math.Max(1, _force.UnitCount)));
        var g = (int)incident.GivenGrade;
        _waiting[g].Enqueue(incident);
        _tally.DispatchQueue[g].Set(_context.Now, _waiting[g].Count);
        DispatchWaiting();
    }

    /// <summary>Sends units to waiting incidents, most urgent first, while the rules allow.</summary>
    public void DispatchWaiting()
    {
        while (true)
        {
            var g = 0;
            while (g < ChannelIndex.DispatchedGrades && _waiting[g].Count == 0)
            {
                g++;
            }

            // Less urgent incidents may not take the units held back for emergencies.
            var reserve = g == 0 ? 0 : _force.Settings.Response.ReservedForEmergency;
            if (g == ChannelIndex.DispatchedGrades || _waiting[g].Peek().UnitsNeeded + reserve > Units.Free)
            {
                return;
            }

            var incident = _waiting[g].Dequeue();
            _tally.DispatchQueue[g].Set(_context.Now, _waiting[g].Count);
            Send(incident);
        }
    }

    /// <summary>The first unit arrives; attendance is judged against the target for the grade given.</summary>
    public void ArriveAtScene(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var now = _context.Now;
        var grades = _force.Settings.Grades;
        var clockStart = grades.ClockStartsAt == ClockStart.Call ? incident.ArrivalTime : incident.DispatchedAt;
        var responseMinutes = now - clockStart;
        var late = responseMinutes > grades.TargetMinutes(incident.GivenGrade, incident.Urban);
        incident.ArriveAtScene(now, late);
        if (incident.Counted)
        {
            var g = (int)incident.GivenGrade;
            _tally.Attended[g]++;
            _tally.WithinTarget[g] += late ? 0 : 1;
            _tally.ResponseTime[g].Add(responseMinutes);
            if (incident.GivenGrade is Grade.Emergency or Grade.Priority)
            {
                _attendanceSample.Offer(!late);
            }
        }

        _context.Calendar.Schedule(now + incident.OnSceneMinutes, ControlRoomEventKind.Cleared, incident);
    }

    /// <summary>The units clear the scene; each crime leaves them paperwork.</summary>
    public void Clear(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Units.Release(incident, incident.Crime ? _force.Settings.Response.PaperworkMinutesPerCrime : 0);
    }

    /// <summary>A unit's shift starts; if that frees a unit, waiting incidents may be sent it.</summary>
    public void StartShift(int unit, double end)
    {
        if (Units.StartShift(unit, end))
        {
            DispatchWaiting();
        }
    }

    /// <summary>Closes the dispatch levels at the end of the run and hands the inspection its sample.</summary>
    public void Finish(double end)
    {
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            _tally.DispatchQueue[g].Finish(end);
        }

        Units.Finish(end);
        _forceTally.Inspection.Attendance.AddRange(_attendanceSample.Items);
    }

    private void Send(Contact incident)
    {
        var now = _context.Now;
        var available = Units.Free;
        var first = Units.Request(incident.UnitsNeeded, out var others);
        incident.Dispatch(now, first, others);
        if (incident.Counted)
        {
            var g = (int)incident.GivenGrade;
            _tally.Dispatched[g]++;
            _tally.DispatchWaitMinutes[g] += now - incident.AwaitingSince;
        }

        // A borrowed unit starts across the border.
        var borrowed = Units.IsBorrowed(first) ? _force.Settings.MutualAid?.ExtraTravelMinutes ?? 0 : 0;
        _context.Calendar.Schedule(now + _travel.Minutes(incident, available) + borrowed, ControlRoomEventKind.AtScene, incident);
    }
}
