namespace ForceSim.Engine.Victims;

/// <summary>
/// How a victim's id is made: its home force in the high bits and the force's count of victims below. Ids dense within
/// a force are what lets a victim's records, retirement and place in the host be kept in tables rather than hash maps.
/// </summary>
public static class VictimIds
{
    private const int ForceShift = 40;
    private const long SequenceMask = (1L << ForceShift) - 1;

    public static long Of(int force, long sequence) => ((long)force << ForceShift) | sequence;

    public static int Force(long victimId) => (int)(victimId >> ForceShift);

    public static long Sequence(long victimId) => victimId & SequenceMask;
}
