using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Measures;

/// <summary>Measures compared bit for bit: a tally that moved between processes must not drift even in the last bit.</summary>
public static class TallyAssert
{
    public static void SameMeasures(ReplicationResult expected, ReplicationResult actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.EventsProcessed, actual.EventsProcessed);
        SameValues(expected.Measures, actual.Measures, "overall");
        Assert.Equal(expected.Forces.Keys, actual.Forces.Keys);
        foreach (var (force, measures) in expected.Forces)
        {
            SameValues(measures, actual.Forces[force], force);
        }
    }

    private static void SameValues(SortedDictionary<string, double?> expected, SortedDictionary<string, double?> actual, string scope)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, value) in expected)
        {
            Assert.True(
                BitConverter.DoubleToInt64Bits(value ?? double.NaN) == BitConverter.DoubleToInt64Bits(actual[name] ?? double.NaN),
                $"{scope} {name}: {value} vs {actual[name]}");
        }
    }
}
