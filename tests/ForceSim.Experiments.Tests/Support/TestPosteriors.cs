using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;

namespace ForceSim.Experiments.Tests.Support;

/// <summary>Posterior files written by a test over the copied Erlang C room (room.yaml), weighted 1, 2, 3, … so the weighting is exercised too.</summary>
internal static class TestPosteriors
{
    public static string Write(TempFolder folder, string name, IReadOnlyList<string> parameters, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        var path = folder[name];
        var draws = rows.Select((values, i) => new PosteriorDraw(i, i + 1, values)).ToList();
        PosteriorFile.Write(path, new Posterior(ModelVersion.Current, "test", "room.yaml", null, parameters, draws));
        return path;
    }

    public static string Write(TempFolder folder, string name, string parameter, IReadOnlyList<double> values) =>
        Write(folder, name, [parameter], [.. values.Select(v => (IReadOnlyList<double>)[v])]);
}
