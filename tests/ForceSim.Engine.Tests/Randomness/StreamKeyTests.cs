using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Tests.Randomness;

public sealed class StreamKeyTests
{
    private static readonly ulong Base = StreamKey.Derive(42, 3, LpKind.ControlRoom, 7, "arrivals");

    [Fact]
    public void The_same_key_derives_the_same_seed()
    {
        Assert.Equal(Base, StreamKey.Derive(42, 3, LpKind.ControlRoom, 7, "arrivals"));
    }

    [Fact]
    public void Changing_any_part_of_the_key_changes_the_seed()
    {
        ulong[] others =
        [
            StreamKey.Derive(43, 3, LpKind.ControlRoom, 7, "arrivals"),
            StreamKey.Derive(42, 4, LpKind.ControlRoom, 7, "arrivals"),
            StreamKey.Derive(42, 3, LpKind.PatrolUnit, 7, "arrivals"),
            StreamKey.Derive(42, 3, LpKind.ControlRoom, 8, "arrivals"),
            StreamKey.Derive(42, 3, LpKind.ControlRoom, 7, "arrivalz"),
            StreamKey.Derive(42, 3, LpKind.ControlRoom, 7, ""),
        ];

        Assert.DoesNotContain(Base, others);
        Assert.Equal(others.Length, others.Distinct().Count());
    }

    [Fact]
    public void Purposes_that_are_anagrams_give_different_seeds()
    {
        // A hash that ignored character order would collide here.
        Assert.NotEqual(
            StreamKey.Derive(1, 0, LpKind.Victim, 0, "handle"),
            StreamKey.Derive(1, 0, LpKind.Victim, 0, "hnadle"));
    }

    [Fact]
    public void Mix_is_the_published_SplitMix64_finaliser()
    {
        // First two outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        Assert.Equal(0xE220A8397B1DCDAFUL, StreamKey.Mix(0));
        Assert.Equal(0x6E789E6AA1B965F4UL, StreamKey.Mix(0x9E3779B97F4A7C15UL));
    }
}
