using System.Text.Json;

namespace ForceSim.Cluster.Tests.Support;

/// <summary>The parts of <c>forcesim status --json</c> the tests look at.</summary>
public sealed record StatusJson(int Total, IReadOnlyList<int> Finished, IReadOnlyList<int> Executions, IReadOnlyDictionary<string, int> FinishedBySilo, bool IsFinished)
{
    public static StatusJson Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new StatusJson(
            root.GetProperty("total").GetInt32(),
            [.. root.GetProperty("finished").EnumerateArray().Select(e => e.GetInt32())],
            [.. root.GetProperty("executions").EnumerateArray().Select(e => e.GetInt32())],
            root.GetProperty("finished_by_silo").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
            root.GetProperty("is_finished").GetBoolean());
    }
}
