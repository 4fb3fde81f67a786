using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// One contact from the public and, once graded, the incident it becomes. It changes state only through its own
/// methods, each of which checks the current state first, so no part of the control room can put a contact
/// where its life cannot take it (answered twice, dispatched before it is graded, closed while units travel).
/// </summary>
public sealed partial class Contact
{
    private ContactProfile _profile;
    private int[] _otherUnits = [];

    public Contact(in ContactProfile profile)
    {
        _profile = profile;
    }

    public ContactProfile Profile => _profile;

    /// <summary>Response work that is not a public call: no caller, no crime, no victim; it only takes units.</summary>
    public bool IsOtherWork { get; private set; }

    public int Force => _profile.Force;

    public Channel Channel => _profile.Channel;

    public double ArrivalTime => _profile.ArrivalTime;

    /// <inheritdoc cref="ContactProfile.Counted"/>
    public bool Counted => _profile.Counted;

    /// <inheritdoc cref="ContactProfile.VictimId"/>
    public long VictimId => _profile.VictimId;

    public int PriorContacts => _profile.PriorContacts;

    /// <inheritdoc cref="ContactProfile.CrossBorder"/>
    public bool CrossBorder => _profile.CrossBorder;

    public int Type => _profile.Type;

    public bool Vulnerable => _profile.Vulnerable;

    public bool Crime => _profile.Crime;

    public bool Urban => _profile.Urban;

    /// <inheritdoc cref="ContactProfile.Area"/>
    public int Area => _profile.Area;

    /// <inheritdoc cref="ContactProfile.JourneyFactor"/>
    public double JourneyFactor => _profile.JourneyFactor;

    /// <inheritdoc cref="ContactProfile.PatienceMinutes"/>
    public double PatienceMinutes => _profile.PatienceMinutes;

    /// <summary>The call's handling time, with whatever assessment work the handler does on it.</summary>
    public double HandleMinutes => _profile.HandleMinutes + Work.ExtraMinutes;

    /// <summary>
    /// Minutes into the call at which the incident is graded. Assessment work comes before the grade, except on 999:
    /// there the handler raises the incident as soon as the immediate risk is clear and completes the assessment while
    /// units are on their way, so the work lengthens the call without delaying the dispatch.
    /// </summary>
    public double GradeAfterMinutes => _profile.GradeAfterMinutes + (Channel == Channel.Emergency ? 0 : Work.ExtraMinutes);

    /// <summary>Whether the incident is graded as the call ends rather than while the handler is still talking.</summary>
    public bool GradedAtEndOfCall => GradeAfterMinutes >= HandleMinutes;

    /// <summary>The assessment work the handler decided on when answering.</summary>
    public TriageWork Work { get; private set; }

    public double OnSceneMinutes => _profile.OnSceneMinutes;

    /// <inheritdoc cref="ContactProfile.TravelDraw"/>
    public double TravelDraw => _profile.TravelDraw;

    public double SpillDelayMinutes => _profile.SpillDelayMinutes;

    public double UStructured => _profile.UStructured;

    public double UCheck => _profile.UCheck;

    public double UVulnerabilityIdentified => _profile.UVulnerabilityIdentified;

    public double UUndergrade => _profile.UUndergrade;

    public double URecord => _profile.URecord;

    public double UNotify => _profile.UNotify;

    public double USpill => _profile.USpill;

    public ContactState State { get; private set; }

    public double AnsweredAt { get; private set; }

    /// <summary>What triage concluded (default until the contact is graded).</summary>
    public Assessment Assessment { get; private set; }

    public Grade NeededGrade => Assessment.NeededGrade;

    public Grade GivenGrade => Assessment.GivenGrade;

    public double AwaitingSince { get; private set; }

    public int UnitsNeeded { get; private set; }

    public double DispatchedAt { get; private set; }

    /// <summary>Local index (within the force) of the first unit sent.</summary>
    public int FirstUnit { get; private set; }

    /// <summary>Further units sent to an incident that needs more than one (empty otherwise, so most dispatches allocate nothing).</summary>
    public ReadOnlySpan<int> OtherUnits => _otherUnits;

    public bool Attended { get; private set; }

    public double ArrivedAt { get; private set; }

    /// <summary>Whether the first unit arrived after the target for the grade given.</summary>
    public bool Late { get; private set; }

    /// <summary>Whether the first unit arrived after the target for the grade the incident needed.</summary>
    public bool LateForNeed { get; private set; }

    /// <summary>Minutes of write-ups the first unit owed when it arrived: the pressure on its recording decision.</summary>
    public double BacklogAtScene { get; private set; }

    /// <summary>Calendar events still to come about this contact; a closed contact is reused only once none remain.</summary>
    public int PendingEvents { get; private set; }

    /// <summary>Whether the room's <see cref="ContactPool"/> holds this contact for reuse.</summary>
    internal bool Pooled { get; set; }

    /// <summary>Whether the contact sits in a handler queue (an abandoned caller stays there until the queue reaches it).</summary>
    public bool InQueue { get; private set; }

    /// <summary>
    /// Whether nothing can reach this contact any more: closed or hung up (a caller who rings 999 instead is a new
    /// contact), in no queue, and no event about it still to come.
    /// </summary>
    public bool IsFinished => (State is ContactState.Closed or ContactState.Abandoned) && PendingEvents == 0 && !InQueue;

    /// <summary>
    /// A finished contact becomes a new caller's contact, as if made afresh: a control room handles a million contacts a
    /// year but only a few hundred at once, so reusing them keeps the collector out of the hot loop.
    /// </summary>
    public Contact Reuse(in ContactProfile profile)
    {
        if (!IsFinished)
        {
            throw new InvalidOperationException($"Only a finished contact can be reused; this one is {State} with {PendingEvents} event(s) to come.");
        }

        _profile = profile;
        _otherUnits = [];
        (Pooled, IsOtherWork, State, Work, Assessment, UnitsNeeded, FirstUnit, Attended, Late, LateForNeed) = (false, false, ContactState.Ringing, default, default, 0, 0, false, false, false);
        (AnsweredAt, AwaitingSince, DispatchedAt, ArrivedAt, BacklogAtScene) = (0, 0, 0, 0, 0);
        return this;
    }

    /// <summary>An event about this contact was put on the calendar.</summary>
    public void EventScheduled() => PendingEvents++;

    /// <summary>An event about this contact was taken off the calendar.</summary>
    public void EventTaken() => PendingEvents--;

    /// <summary>No handler is free for this channel: the caller waits in its queue.</summary>
    public void Queue()
    {
        Move(ContactState.Ringing, ContactState.Queued);
        InQueue = true;
    }

    /// <summary>The handler queue let go of the contact: answered, or an abandoned caller removed at last.</summary>
    public void LeaveQueue() => InQueue = false;

    public void Answer(double now, TriageWork work)
    {
        Move(ContactState.Ringing, ContactState.Queued, ContactState.BeingHandled);
        AnsweredAt = now;
        Work = work;
    }

    /// <summary>The caller's patience ran out while queued.</summary>
    public void Abandon() => Move(ContactState.Queued, ContactState.Abandoned);

    public void Grade(Assessment assessment)
    {
        Move(ContactState.BeingHandled, ContactState.Graded);
        Assessment = assessment;
    }

    public void AwaitDispatch(double now, int unitsNeeded)
    {
        Require(ContactState.Graded, ContactState.AwaitingDispatch);
        ArgumentOutOfRangeException.ThrowIfLessThan(unitsNeeded, 1);
        State = ContactState.AwaitingDispatch;
        AwaitingSince = now;
        UnitsNeeded = unitsNeeded;
    }

    public void Dispatch(double now, int firstUnit, int[] otherUnits)
    {
        Require(ContactState.AwaitingDispatch, ContactState.Dispatched);
        ArgumentNullException.ThrowIfNull(otherUnits);
        if (otherUnits.Length != UnitsNeeded - 1)
        {
            throw new ArgumentException($"The incident needs {UnitsNeeded} units, not {otherUnits.Length + 1}.", nameof(otherUnits));
        }

        State = ContactState.Dispatched;
        DispatchedAt = now;
        FirstUnit = firstUnit;
        _otherUnits = otherUnits;
    }

    public void ArriveAtScene(double now, bool late, bool lateForNeed, double backlogMinutes)
    {
        Move(ContactState.Dispatched, ContactState.OnScene);
        Attended = true;
        ArrivedAt = now;
        Late = late;
        LateForNeed = lateForNeed;
        BacklogAtScene = backlogMinutes;
    }

    /// <summary>Closed after attendance, or straight after grading when resolved without deployment.</summary>
    public void Close() => Move(ContactState.Graded, ContactState.OnScene, ContactState.Closed);

    private void Move(ContactState from, ContactState to)
    {
        Require(from, to);
        State = to;
    }

    private void Require(ContactState from, ContactState to)
    {
        if (State != from)
        {
            throw IllegalMove(to);
        }
    }

    private void Move(ContactState from, ContactState orFrom, ContactState to)
    {
        if (State != from && State != orFrom)
        {
            throw IllegalMove(to);
        }

        State = to;
    }

    private InvalidOperationException IllegalMove(ContactState to) =>
        new($"A contact cannot move from {State} to {to}.");
}
