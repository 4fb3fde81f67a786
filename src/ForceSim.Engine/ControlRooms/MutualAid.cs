using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Mutual aid: a force with too many urgent incidents waiting asks a neighbouring force (possibly in another
/// control room) for units; the neighbour lends what it can spare for a few hours. Request and answer each
/// take effect at the next window boundary, so borrowed units arrive in a later window, as in practice.
/// </summary>
public sealed class MutualAid
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly ForceDispatch?[] _dispatch;
    private readonly ForceTally?[] _tallies;

    // Whether borrowed units are with the force (or an answer is awaited): one loan at a time.
    private readonly bool[] _borrowing;

    // Next neighbour to ask, so requests rotate round the neighbours.
    private readonly int[] _nextNeighbour;

    /// <param name="dispatch">Each force's dispatch, by force index (null for forces another room answers).</param>
    public MutualAid(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context, ForceDispatch?[] dispatch, ForceTally?[] tallies)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _room = room;
        _context = context;
        _dispatch = dispatch;
        _tallies = tallies;
        _borrowing = new bool[model.Forces.Length];
        _nextNeighbour = new int[model.Forces.Length];
    }

    /// <summary>Whether the force has borrowed units with it, or is waiting for an answer to a request.</summary>
    public bool IsBorrowing(int force) => _borrowing[force];

    /// <summary>Starts the hourly check of every force that may ask for aid.</summary>
    public void ScheduleChecks()
    {
        foreach (var f in _room.Forces)
        {
            var settings = _model.Forces[f].Settings;
            if (settings.MutualAid is not null && settings.Neighbours.Count > 0)
            {
                _context.Calendar.Schedule(60, ControlRoomEventKind.AidCheck, f);
            }
        }
    }

    /// <summary>Asks the next neighbour for units when enough urgent incidents wait and no loan is running.</summary>
    public void Check(int force)
    {
        var now = _context.Now;
        if (now + 60 < _model.Period.End)
        {
            _context.Calendar.Schedule(now + 60, ControlRoomEventKind.AidCheck, force);
        }

        var dispatch = _dispatch[force]!;
        var settings = _model.Forces[force].Settings;
        var aid = settings.MutualAid!;
        var waiting = dispatch.Waiting(Grade.Emergency) + dispatch.Waiting(Grade.Priority);
        if (_borrowing[force] || waiting < aid.RequestWhenWaiting)
        {
            return;
        }

        var lender = _model.ForceIndex(settings.Neighbours[_nextNeighbour[force]++ % settings.Neighbours.Count]);
        _borrowing[force] = true; // until the answer (or the loan) ends
        if (_model.Period.Contains(now))
        {
            _tallies[force]!.Response.AidRequests++;
        }

        _context.Send(new AidRequest
        {
            EffectTime = _context.WindowEnd,
            Sender = _context.Id,
            Target = new LpId(LpKind.ControlRoom, _model.Forces[lender].ControlRoom),
            Sequence = _context.NextSequence(),
            Borrower = force,
            Lender = lender,
            Units = aid.Units,
            Hours = aid.Hours,
        });
    }

    /// <summary>Lends what the force can spare beyond its own reserve; a force without mutual aid settings lends nothing.</summary>
    public void Lend(AidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = _context.Now;
        var units = _dispatch[request.Lender]!.Units;
        var keep = _model.Forces[request.Lender].Settings.MutualAid?.LendWhenFree;
        var spare = keep is { } k ? Math.Max(0, units.Free - k) : 0;
        var lent = units.Lend(Math.Min(spare, request.Units));
        var until = now + (request.Hours * 60);
        if (lent.Length > 0)
        {
            _context.Calendar.Schedule(until, new UnitLoan(request.Lender, lent));
            if (_model.Period.Contains(now))
            {
                _tallies[request.Lender]!.Response.AidUnitsLent += lent.Length;
            }
        }

        _context.Send(new AidGranted
        {
            EffectTime = _context.WindowEnd,
            Sender = _context.Id,
            Target = new LpId(LpKind.ControlRoom, _model.Forces[request.Borrower].ControlRoom),
            Sequence = _context.NextSequence(),
            Borrower = request.Borrower,
            Units = lent.Length,
            Until = until,
        });
    }

    /// <summary>The neighbour's answer: lent units join the force until the loan ends; a refusal frees the force to ask again.</summary>
    public void Receive(AidGranted granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var now = _context.Now;
        var dispatch = _dispatch[granted.Borrower]!;
        if (granted.Units == 0 || granted.Until <= now)
        {
            _borrowing[granted.Borrower] = false; // refused: ask another neighbour at the next check
            return;
        }

        dispatch.Units.Borrow(granted.Units, granted.Until);
        if (_model.Period.Contains(now))
        {
            _tallies[granted.Borrower]!.Response.AidUnitsBorrowed += granted.Units;
        }

        _context.Calendar.Schedule(granted.Until, ControlRoomEventKind.BorrowedEnd, granted.Borrower);
        dispatch.DispatchWaiting();
    }

    /// <summary>The loan ends: borrowed units go home once their jobs are done, and the force may ask again.</summary>
    public void EndBorrowing(int force)
    {
        _dispatch[force]!.Units.SendBorrowedHome();
        _borrowing[force] = false;
    }

    /// <summary>Lent units come home and may be sent at once.</summary>
    public void Return(UnitLoan loan)
    {
        ArgumentNullException.ThrowIfNull(loan);
        var dispatch = _dispatch[loan.Lender]!;
        dispatch.Units.TakeBack(loan.Units);
        dispatch.DispatchWaiting();
    }
}
