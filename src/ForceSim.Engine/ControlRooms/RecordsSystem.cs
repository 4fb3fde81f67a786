using ForceSim.Engine.Compilation;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What a control room's records system knows: for each victim, which of its forces hold an incident log of an earlier
/// contact and which a recorded crime, and, when records are shared, what other rooms have recorded. It knows only
/// what was recorded earlier, so an unrecorded crime leaves only a log behind, and a repeat victim whose history sits
/// in another room's system is invisible unless the rooms share records.
/// </summary>
public sealed class RecordsSystem
{
    private readonly ControlRoomContext _context;

    // The other rooms that share records, in room order: asked for every contact and crime, so found once, not by
    // walking every room of the model (43 nationally) each time.
    private readonly int[] _sharingRooms;
    private readonly VictimTable<History> _records = new();
    private readonly VictimTable<byte> _foreignRecords = new();
    private readonly int[] _position;

    public RecordsSystem(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        _context = context;
        _sharingRooms = [.. model.ControlRooms.Where(r => r.Index != room.Index && r.Settings.Triage.SharedRecords).Select(r => r.Index)];
        _position = new int[model.Forces.Length];
        for (var i = 0; i < room.Forces.Count; i++)
        {
            _position[room.Forces[i]] = i;
        }
    }

    /// <summary>
    /// The best record a search could find for this victim: the force's own logs and crime records in this room, or,
    /// when records are shared, any force's in this room and what other rooms' records have sent here.
    /// </summary>
    public RecordKind Find(long victimId, int force, bool shared)
    {
        if (victimId == 0)
        {
            return RecordKind.None;
        }

        var history = _records.Get(victimId);
        var bit = ForceBit(force);
        var own = (history.Crimes & bit) != 0 ? RecordKind.CrimeRecord : (history.Logs & bit) != 0 ? RecordKind.IncidentLog : RecordKind.None;
        if (!shared)
        {
            return own;
        }

        var anyHere = history.Crimes != 0 ? RecordKind.CrimeRecord : history.Logs != 0 ? RecordKind.IncidentLog : RecordKind.None;
        var elsewhere = (RecordKind)_foreignRecords.Get(victimId);
        return (RecordKind)Math.Max((int)anyHere, (int)elsewhere);
    }

    /// <summary>Logs this contact and tells every other room that shares records (they see it from the next boundary).</summary>
    public void RecordContact(long victimId, int force)
    {
        ref var history = ref _records.At(victimId);
        history.Logs |= ForceBit(force);
        Share(victimId, RecordKind.IncidentLog);
    }

    /// <summary>A crime against this victim was recorded: its record joins the log, here and in rooms that share records.</summary>
    public void RecordCrime(long victimId, int force)
    {
        ref var history = ref _records.At(victimId);
        history.Crimes |= ForceBit(force);
        Share(victimId, RecordKind.CrimeRecord);
    }

    /// <summary>Another room's record of this victim has reached the shared records.</summary>
    public void RecordForeign(RecordShared shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var kind = shared.CrimeRecord ? RecordKind.CrimeRecord : RecordKind.IncidentLog;
        ref var best = ref _foreignRecords.At(shared.VictimId);
        best = (byte)Math.Max(best, (int)kind);
    }

    private void Share(long victimId, RecordKind kind)
    {
        foreach (var room in _sharingRooms)
        {
            _context.Send(new RecordShared
            {
                EffectTime = _context.WindowEnd,
                Sender = _context.Id,
                Target = new LpId(LpKind.ControlRoom, room),
                Sequence = _context.NextSequence(),
                VictimId = victimId,
                CrimeRecord = kind == RecordKind.CrimeRecord,
            });
        }
    }

    // Forces sharing a room are few; more than 16 in one room would share bits (and so see each other's records).
    private ushort ForceBit(int force) => (ushort)(1 << (_position[force] & 15));

    /// <summary>Which of this room's forces hold a log and which a crime record for one victim (4 bytes a victim).</summary>
    private struct History
    {
        public ushort Logs;
        public ushort Crimes;
    }
}
