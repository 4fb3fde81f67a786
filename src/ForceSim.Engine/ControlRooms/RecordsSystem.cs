using System.Runtime.InteropServices;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What a control room's records system knows: which of its forces each victim has contacted before and, when
/// records are shared, which victims other rooms have recorded. It knows only what was recorded earlier, so a
/// repeat victim whose history sits in another room's system is invisible unless the rooms share records.
/// </summary>
public sealed class RecordsSystem
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly Dictionary<long, ulong> _records = [];
    private readonly HashSet<long> _foreignRecords = [];

    public RecordsSystem(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context)
    {
        _model = model;
        _room = room;
        _context = context;
    }

    /// <summary>
    /// Whether a check would find this victim on record: a contact with the same force in this room, or, when
    /// records are shared, any contact in this room or another room's record that has reached this one.
    /// </summary>
    public bool HasHistory(long victimId, int force, bool shared)
    {
        if (victimId == 0)
        {
            return false;
        }

        var seen = _records.GetValueOrDefault(victimId);
        return (seen & ForceBit(force)) != 0 || (shared && (seen != 0 || _foreignRecords.Contains(victimId)));
    }

    /// <summary>Records this contact and tells every other room that shares records (they see it from the next boundary).</summary>
    public void Record(long victimId, int force)
    {
        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_records, victimId, out _);
        seen |= ForceBit(force);
        foreach (var room in _model.ControlRooms)
        {
            if (room.Index != _room.Index && room.Settings.Triage.SharedRecords)
            {
                _context.Send(new RecordShared
                {
                    EffectTime = _context.WindowEnd,
                    Sender = _context.Id,
                    Target = new LpId(LpKind.ControlRoom, room.Index),
                    Sequence = _context.NextSequence(),
                    VictimId = victimId,
                });
            }
        }
    }

    /// <summary>Another room's contact with this victim has reached the shared records.</summary>
    public void RecordForeign(long victimId) => _foreignRecords.Add(victimId);

    private static ulong ForceBit(int force) => 1UL << (force & 63);
}
