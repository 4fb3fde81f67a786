namespace ForceSim.Engine.Protocol;

/// <summary>Address of a logical process; ordering by (kind, id) fixes message delivery order.</summary>
public readonly record struct LpId(LpKind Kind, long Id) : IComparable<LpId>
{
    public int CompareTo(LpId other)
    {
        var byKind = ((int)Kind).CompareTo((int)other.Kind); // not Enum.CompareTo, which boxes: this runs per message
        return byKind != 0 ? byKind : Id.CompareTo(other.Id);
    }

    public static bool operator <(LpId left, LpId right) => left.CompareTo(right) < 0;

    public static bool operator >(LpId left, LpId right) => left.CompareTo(right) > 0;

    public static bool operator <=(LpId left, LpId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LpId left, LpId right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Kind}/{Id}";
}
