using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>
/// A shipped posterior must be fitted to the model as it is now: when the model's behaviour changes (and its version is
/// bumped), these tests fail until the posterior is fitted again.
/// </summary>
public sealed class ShippedPosteriorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Each shipped posterior; before any is shipped, one empty entry so the theory still runs the check on a generated one.</summary>
    public static TheoryData<string> Shipped()
    {
        var files = ShippedPosteriors.Files();
        return files.Count > 0 ? [.. files] : [""];
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Shipped_posterior_is_fitted_to_the_current_model_version_and_names_values_its_scenario_sets(string shipped)
    {
        var path = shipped.Length > 0 ? RepositoryPaths.Scenario(shipped) : Generated(ModelVersion.Current);

        Assert.Null(ShippedPosteriors.Problem(path));
    }

    [Fact]
    public void Stale_check_fails_a_posterior_fitted_to_another_model_version()
    {
        var problem = ShippedPosteriors.Problem(Generated(ModelVersion.Current - 1));

        Assert.NotNull(problem);
        Assert.Contains($"is stale: fitted to model version {ModelVersion.Current - 1}, but the model is at version {ModelVersion.Current}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_check_fails_a_posterior_naming_a_value_its_scenario_no_longer_sets()
    {
        var path = Generated(ModelVersion.Current, "control_rooms.textbook_room.channels.emergency.handle_minutes.median");

        Assert.Contains("handle_minutes.median: the scenario", ShippedPosteriors.Problem(path), StringComparison.Ordinal);
    }

    /// <summary>A posterior beside a copy of the Erlang C scenario, stamped with <paramref name="version"/>.</summary>
    private string Generated(int version, string parameter = "control_rooms.textbook_room.channels.emergency.handle_minutes.mean")
    {
        ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var path = _temp["room.posterior.csv"];
        PosteriorFile.Write(path, new Posterior(version, "test", "room.yaml", null, [parameter], [new PosteriorDraw(0, 0.5, [4.5]), new PosteriorDraw(1, 0.5, [5.5])]));
        return path;
    }
}
