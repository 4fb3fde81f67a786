using System.Runtime.CompilerServices;
using ForceSim.Engine.Calendar;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// A control room's future events: one heap of plain events plus a typed table for each kind of payload, so
/// every event comes back with its own payload type and nothing is cast from object. Each kind has one payload
/// type (see <see cref="ControlRoomEventKind"/>); scheduling or taking a kind with another payload throws. It counts the
/// events still to come about each contact, and offers the contact an event was about back to the room's
/// <see cref="ContactPool"/> when the next event is popped, once that event has been handled in full.
/// </summary>
public sealed class ControlRoomCalendar
{
    private readonly ContactPool _pool;
    private Contact? _lastTaken;
    private readonly EventCalendar<ControlRoomEventKind> _events = new();
    private readonly SubjectTable<Contact> _contacts = new();
    private readonly SubjectTable<RepeatCall> _repeatCalls = new(8);
    private readonly SubjectTable<ShiftPlan> _shiftPlans = new();
    private readonly SubjectTable<RecordShared> _recordsShared = new(8);
    private readonly SubjectTable<AidRequest> _aidRequests = new(2);
    private readonly SubjectTable<AidGranted> _aidGrants = new(2);
    private readonly SubjectTable<UnitLoan> _loans = new(2);

    /// <summary>A calendar with a pool of its own (for tests of the calendar alone).</summary>
    public ControlRoomCalendar()
        : this(new ContactPool())
    {
    }

    /// <param name="pool">Where contacts no event refers to any more go to be reused.</param>
    public ControlRoomCalendar(ContactPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
    }

    public int Count => _events.Count;

    public double NextTime => _events.NextTime;

    /// <summary>Total events ever scheduled.</summary>
    public long Scheduled => _events.Scheduled;

    /// <summary>An event whose payload is a number (a force, a unit, an arrival stream) or nothing.</summary>
    public void Schedule(double time, ControlRoomEventKind kind, int number = 0)
    {
        if (!CarriesNumber(kind))
        {
            throw WrongPayload(kind, "a number");
        }

        _events.Schedule(time, kind, number);
    }

    public void Schedule(double time, ControlRoomEventKind kind, Contact contact)
    {
        if (!IsAboutContact(kind))
        {
            throw WrongPayload(kind, "a contact");
        }

        _events.Schedule(time, kind, _contacts.Store(contact));
        contact.EventScheduled();
    }

    public void Schedule(RepeatCall call) =>
        _events.Schedule(call.EffectTime, ControlRoomEventKind.RepeatCall, _repeatCalls.Store(call));

    /// <summary>The start of the plan's shift; its end is a <see cref="ControlRoomEventKind.ShiftEnds"/> number event.</summary>
    public void Schedule(ShiftPlan plan) =>
        _events.Schedule(plan.From, ControlRoomEventKind.ShiftStarts, _shiftPlans.Store(plan));

    public void Schedule(RecordShared shared) =>
        _events.Schedule(shared.EffectTime, ControlRoomEventKind.RecordShared, _recordsShared.Store(shared));

    public void Schedule(AidRequest request) =>
        _events.Schedule(request.EffectTime, ControlRoomEventKind.AidRequest, _aidRequests.Store(request));

    public void Schedule(AidGranted granted) =>
        _events.Schedule(granted.EffectTime, ControlRoomEventKind.AidGranted, _aidGrants.Store(granted));

    public void Schedule(double time, UnitLoan loan) =>
        _events.Schedule(time, ControlRoomEventKind.AidReturn, _loans.Store(loan));

    /// <summary>The next event; the contact the previous event was about has been handled, so it may be reused if finished.</summary>
    public ScheduledEvent<ControlRoomEventKind> Pop()
    {
        if (_lastTaken is { } handled)
        {
            _lastTaken = null;
            _pool.Offer(handled);
        }

        var e = _events.Pop();
        if (_events.TryPeek(out var next) && IsAboutContact(next.Kind))
        {
            // The contact the next event is about was last touched windows ago, and since then every other room of a
            // national run has stepped: fetched now, it arrives while this event is handled rather than stalling the next.
            CacheHint.Prefetch(_contacts.Peek(next.Argument));
        }

        return e;
    }

    public Contact TakeContact(in ScheduledEvent<ControlRoomEventKind> e)
    {
        var contact = IsAboutContact(e.Kind) ? _contacts.Take(e.Argument) : throw WrongPayload(e.Kind, "a contact");
        contact.EventTaken();
        _lastTaken = contact;
        return contact;
    }

    public RepeatCall TakeRepeatCall(in ScheduledEvent<ControlRoomEventKind> e) => _repeatCalls.Take(Expect(e, ControlRoomEventKind.RepeatCall));

    public ShiftPlan TakeShiftPlan(in ScheduledEvent<ControlRoomEventKind> e) => _shiftPlans.Take(Expect(e, ControlRoomEventKind.ShiftStarts));

    public RecordShared TakeRecordShared(in ScheduledEvent<ControlRoomEventKind> e) => _recordsShared.Take(Expect(e, ControlRoomEventKind.RecordShared));

    public AidRequest TakeAidRequest(in ScheduledEvent<ControlRoomEventKind> e) => _aidRequests.Take(Expect(e, ControlRoomEventKind.AidRequest));

    public AidGranted TakeAidGranted(in ScheduledEvent<ControlRoomEventKind> e) => _aidGrants.Take(Expect(e, ControlRoomEventKind.AidGranted));

    public UnitLoan TakeLoan(in ScheduledEvent<ControlRoomEventKind> e) => _loans.Take(Expect(e, ControlRoomEventKind.AidReturn));

    private static bool CarriesNumber(ControlRoomEventKind kind) =>
        kind is ControlRoomEventKind.Arrival or ControlRoomEventKind.RosterChange or ControlRoomEventKind.ShiftEnds
            or ControlRoomEventKind.AidCheck or ControlRoomEventKind.BorrowedEnd or ControlRoomEventKind.OtherWork;

    // Asked twice for every contact event (schedule and take): inlined, it is a compare or two rather than a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAboutContact(ControlRoomEventKind kind) =>
        kind is ControlRoomEventKind.CallEnded or ControlRoomEventKind.Graded or ControlRoomEventKind.Abandon
            or ControlRoomEventKind.AtScene or ControlRoomEventKind.Cleared or ControlRoomEventKind.Spill
            or ControlRoomEventKind.AppointmentDue;

    private static int Expect(in ScheduledEvent<ControlRoomEventKind> e, ControlRoomEventKind kind) =>
        e.Kind == kind ? e.Argument : throw new InvalidOperationException($"A {e.Kind} event does not carry the payload of {kind}.");

    private static InvalidOperationException WrongPayload(ControlRoomEventKind kind, string payload) =>
        new($"A {kind} event does not carry {payload}.");
}
