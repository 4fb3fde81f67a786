using ForceSim.Engine.Compilation;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The LPs every run has from its start (control rooms, patrol units, investigation functions), in address order
/// (kind, then id). That order is the order they start in and, around the victims, the order their measures are
/// collected in, which fixes floating-point sums; so every host takes it from here.
/// </summary>
public sealed class FixedProcesses
{
    private readonly int[][] _indexByKind;

    public FixedProcesses(CompiledScenario model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rooms = model.ControlRooms.Select(r => new LpId(LpKind.ControlRoom, r.Index));
        var units = Enumerable.Range(0, model.Units.Length).Select(u => new LpId(LpKind.PatrolUnit, u));
        var investigations = model.Forces.Where(f => f.Settings.Investigation is not null).Select(f => new LpId(LpKind.Investigation, f.Index));
        Ids = [.. rooms.Concat(units).Concat(investigations).Order()];

        // Ids within a kind are dense from 0 (investigations are numbered by force, so some may be missing).
        _indexByKind = [.. Enumerable.Repeat(Array.Empty<int>(), Enum.GetValues<LpKind>().Max(k => (int)k) + 1)];
        _indexByKind[(int)LpKind.ControlRoom] = new int[model.ControlRooms.Length];
        _indexByKind[(int)LpKind.PatrolUnit] = new int[model.Units.Length];
        _indexByKind[(int)LpKind.Investigation] = new int[model.Forces.Length];
        foreach (var byId in _indexByKind)
        {
            Array.Fill(byId, -1);
        }

        for (var i = 0; i < Ids.Length; i++)
        {
            _indexByKind[(int)Ids[i].Kind][Ids[i].Id] = i;
        }

        BeforeVictims = [.. Enumerable.Range(0, Ids.Length).Where(i => Ids[i].Kind < LpKind.Victim)];
        AfterVictims = [.. Enumerable.Range(0, Ids.Length).Where(i => Ids[i].Kind > LpKind.Victim)];
    }

    public LpId[] Ids { get; }

    public int Count => Ids.Length;

    /// <summary>Positions (in <see cref="Ids"/>) of the LPs whose measures are collected before the victims'.</summary>
    public int[] BeforeVictims { get; }

    /// <summary>Positions of the LPs whose measures are collected after the victims'.</summary>
    public int[] AfterVictims { get; }

    /// <summary>The position of a fixed LP, or -1 if the address is not one (a victim, or a force without investigation).</summary>
    public int IndexOf(LpId id)
    {
        var kind = (int)id.Kind;
        if (kind <= 0 || kind >= _indexByKind.Length)
        {
            return -1;
        }

        var byId = _indexByKind[kind];
        return id.Id >= 0 && id.Id < byId.Length ? byId[id.Id] : -1;
    }
}
