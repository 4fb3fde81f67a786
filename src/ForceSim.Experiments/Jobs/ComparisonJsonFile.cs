using ForceSim.Experiments.Comparing;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Jobs;

/// <summary>Writes a finished comparison's comparison.json beside its comparison.csv, for the API's results.</summary>
internal static class ComparisonJsonFile
{
    public const string Name = "comparison.json";

    public static void Write(CompareOutcome outcome) =>
        AtomicFile.WriteAllText(Path.Combine(outcome.Directory, Name), ComparisonJson.Render(outcome.BaseName, outcome.Options, outcome.Paired));
}
