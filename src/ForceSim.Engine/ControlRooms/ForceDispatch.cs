using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Dispatch for one force: strict non-preemptive priority by grade, first come first served within a grade, with
/// scheduled incidents that have an appointment taken ahead of those without. When the most urgent incident needs
/// more units than are free, free units are held for it; a reserve of units can also be kept free for emergencies
/// that have not happened yet. Response work that is not a public call waits at its grade like an incident.
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

    // Scheduled incidents whose appointment has come: sent ahead of scheduled incidents without one.
    private readonly Queue<Contact> _appointmentsDue = new();
    private readonly AppointmentBook? _appointments;

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
        Units = new UnitPool(_force, _force.Settings.MutualAid?.Units ?? 0, context, tally.Response, model.Period, tally.Places);

        // The inspection's sample of attended incidents that needed an emergency or priority response: in time for the need or not.
        _attendanceSample = new(model.Inspection.AttendanceSample, context.Stream($"inspection:attendance:{_force.Id}"));
        for (var g = 0; g < _waiting.Length; g++)
        {
            _waiting[g] = new Queue<Contact>();
        }

        _appointments = _force.Settings.Response.Scheduled.Appointments is { } diary ? new AppointmentBook(diary) : null;
    }

    public UnitPool Units { get; }

    /// <summary>Incidents waiting for units with the given grade (scheduled ones include those whose appointment has come).</summary>
    public int Waiting(Grade grade) => _waiting[(int)grade].Count + (grade == Grade.Scheduled ? _appointmentsDue.Count : 0);

    /// <summary>
    /// A graded incident joins the queue for its grade and is sent units if its turn has come; a scheduled incident
    /// in a force with an appointment diary is booked instead and joins when its appointment comes round.
    /// </summary>
    public void AwaitDispatch(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (_appointments is not null && incident.GivenGrade == Grade.Scheduled && !incident.IsOtherWork)
        {
            var slot = _appointments.Book(_context.Now);
            _context.Calendar.Schedule(slot, ControlRoomEventKind.AppointmentDue, incident);
            if (incident.Counted)
            {
                _tally.AppointmentsBooked++;
                _tally.AppointmentLeadMinutes += slot - _context.Now;
            }

            return;
        }

        incident.AwaitDispatch(_context.Now, UnitsFor(incident));
        var g = (int)incident.GivenGrade;
        _waiting[g].Enqueue(incident);
        SetQueueLevel(g);
        DispatchWaiting();
    }

    /// <summary>A booked incident's appointment has come: it waits for a unit ahead of other scheduled work.</summary>
    public void AppointmentDue(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        incident.AwaitDispatch(_context.Now, UnitsFor(incident));
        _appointmentsDue.Enqueue(incident);
        SetQueueLevel((int)Grade.Scheduled);
        DispatchWaiting();
    }

    /// <summary>Sends units to waiting incidents, most urgent first, while the rules allow.</summary>
    public void DispatchWaiting()
    {
        while (MostUrgent(out var g) is { } queue)
        {
            // Less urgent incidents may not take the units held back for emergencies; a booked appointment is a
            // commitment already made to the public, so it may.
            var reserve = g == 0 || queue == _appointmentsDue ? 0 : _force.Settings.Response.ReservedForEmergency;
            if (queue.Peek().UnitsNeeded + reserve > Units.Free)
            {
                return;
            }

            var incident = queue.Dequeue();
            SetQueueLevel(g);
            Send(incident);
        }
    }

    /// <summary>
    /// The first unit arrives. Attendance is judged against the target for the grade given and, as an inspector
    /// judges it, against the target for the grade the incident needed: an under-graded emergency reached within
    /// the priority target is still late.
    /// </summary>
    public void ArriveAtScene(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var now = _context.Now;
        if (incident.IsOtherWork)
        {
            incident.ArriveAtScene(now, late: false, lateForNeed: false, backlogMinutes: 0);
            _context.Calendar.Schedule(now + incident.OnSceneMinutes, ControlRoomEventKind.Cleared, incident);
            return;
        }

        var grades = _force.Settings.Grades;
        var clockStart = grades.ClockStartsAt == ClockStart.Call ? incident.ArrivalTime : incident.DispatchedAt;
        var responseMinutes = now - clockStart;
        var late = responseMinutes > grades.TargetMinutes(incident.GivenGrade, incident.Urban);
        var lateForNeed = responseMinutes > grades.TargetMinutes(incident.NeededGrade, incident.Urban);
        incident.ArriveAtScene(now, late, lateForNeed, Units.Backlog(incident.FirstUnit));
        if (incident.Counted)
        {
            var g = (int)incident.GivenGrade;
            var need = (int)incident.NeededGrade;
            _tally.Attended[g]++;
            _tally.WithinTarget[g] += late ? 0 : 1;
            _tally.AttendedByNeed[need]++;
            _tally.WithinNeedTarget[need] += lateForNeed ? 0 : 1;
            _tally.ResponseTime[g].Add(responseMinutes);
            if (_force.Geography is not null)
            {
                _forceTally.Places.Attend(incident.Area, g, !late, responseMinutes);
            }
            if (incident.NeededGrade != incident.GivenGrade)
            {
                _forceTally.Triage.UndergradedAttended++;
                _forceTally.Triage.UndergradedLateForNeed += lateForNeed ? 1 : 0;
            }

            if (incident.NeededGrade is Grade.Emergency or Grade.Priority)
            {
                _attendanceSample.Offer(!lateForNeed);
            }
        }

        _context.Calendar.Schedule(now + incident.OnSceneMinutes, ControlRoomEventKind.Cleared, incident);
    }

    /// <summary>
    /// A scheduled incident a desk resolved without a unit. When it needed a unit sooner (it was under-graded), nobody
    /// attended in time for its need: it counts against attendance within need, in the population and in the
    /// inspection's sample, as an inspector reading the incident would count it.
    /// </summary>
    public void ResolvedByDesk(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (!incident.Counted || incident.NeededGrade == incident.GivenGrade)
        {
            return;
        }

        _tally.NeedNotAttended[(int)incident.NeededGrade]++;
        if (incident.NeededGrade is Grade.Emergency or Grade.Priority)
        {
            _attendanceSample.Offer(false);
        }
    }

    /// <summary>The units clear the scene; each crime leaves them paperwork.</summary>
    public void Clear(Contact incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.IsOtherWork && incident.Counted)
        {
            _tally.OtherWorkTasks++;
            _tally.OtherWorkUnitMinutes += (_context.Now - incident.DispatchedAt) * incident.UnitsNeeded;
        }

        Units.Release(incident, incident.Crime ? _force.Settings.Response.PaperworkMinutesPerCrime : 0);
    }

    /// <summary>A unit's shift starts; if that frees a unit, waiting incidents may be sent it.</summary>
    public void StartShift(int unit, double end, double backlogMinutes)
    {
        if (Units.StartShift(unit, end, backlogMinutes))
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

    /// <summary>The queue whose head goes next: emergency, priority, scheduled with an appointment due, scheduled.</summary>
    private Queue<Contact>? MostUrgent(out int grade)
    {
        for (grade = 0; grade < (int)Grade.Scheduled; grade++)
        {
            if (_waiting[grade].Count > 0)
            {
                return _waiting[grade];
            }
        }

        return _appointmentsDue.Count > 0 ? _appointmentsDue : _waiting[grade].Count > 0 ? _waiting[grade] : null;
    }

    private void SetQueueLevel(int grade) => _tally.DispatchQueue[grade].Set(_context.Now, Waiting((Grade)grade));

    private int UnitsFor(Contact incident) => incident.IsOtherWork
        ? Math.Clamp(incident.UnitsNeeded, 1, Math.Max(1, _force.UnitCount))
        : Math.Clamp(_force.IncidentTypes[incident.Type].Settings.Units, 1, Math.Max(1, _force.UnitCount));

    private void Send(Contact incident)
    {
        var now = _context.Now;
        var available = Units.Free;
        var first = Units.Request(incident.UnitsNeeded, out var others, incident.IsOtherWork ? -1 : incident.Area);
        incident.Dispatch(now, first, others);
        if (incident.IsOtherWork)
        {
            // Other work starts where the unit is (the custody suite, the scene it guards): no travel to time.
            _context.Calendar.Schedule(now, ControlRoomEventKind.AtScene, incident);
            return;
        }

        if (incident.Counted)
        {
            var g = (int)incident.GivenGrade;
            _tally.Dispatched[g]++;
            _tally.DispatchWaitMinutes[g] += now - incident.AwaitingSince;
        }

        if (Units.Places is { } places)
        {
            _context.Calendar.Schedule(now + JourneyMinutes(places, incident, first, available), ControlRoomEventKind.AtScene, incident);
            CountCrossArea(places, incident, first, others);
            return;
        }

        // A borrowed unit starts across the border.
        var borrowed = Units.IsBorrowed(first) ? _force.Settings.MutualAid?.ExtraTravelMinutes ?? 0 : 0;
        _context.Calendar.Schedule(now + _travel.Minutes(incident, available) + borrowed, ControlRoomEventKind.AtScene, incident);
    }

    /// <summary>
    /// With a matrix, the first unit's expected minutes from where it is (a borrowed unit's include the border) times
    /// the journey's own factor; otherwise today's travel model, a borrowed unit starting across the border.
    /// </summary>
    private double JourneyMinutes(UnitPlaces places, Contact incident, int first, int available)
    {
        if (places.HasMatrix)
        {
            return _force.Settings.Travel.MobiliseMinutes + (places.Expected(first, incident.Area, _context.Now) * incident.JourneyFactor);
        }

        var borrowed = Units.IsBorrowed(first) ? _force.Settings.MutualAid?.ExtraTravelMinutes ?? 0 : 0;
        return _travel.Minutes(incident, available) + borrowed;
    }

    /// <summary>Each unit sent from outside the incident's area (a borrowed unit at the border included) is a cross-area dispatch.</summary>
    private void CountCrossArea(UnitPlaces places, Contact incident, int first, int[] others)
    {
        if (!incident.Counted)
        {
            return;
        }

        var now = _context.Now;
        var tally = _forceTally.Places;
        tally.UnitDispatches += 1 + others.Length;
        tally.CrossAreaDispatches += places.AreaOf(first, now) == incident.Area ? 0 : 1;
        foreach (var unit in others)
        {
            tally.CrossAreaDispatches += places.AreaOf(unit, now) == incident.Area ? 0 : 1;
        }
    }
}
