using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Tests.Calibration;

/// <summary>
/// The shipped Cambridgeshire posterior: fitted to the model as it is now, and naming the scenario, targets and
/// parameters it was fitted with. When the model's behaviour changes (ModelVersion is bumped) this fails until the
/// calibration is run again (the README gives the command).
/// </summary>
public sealed class ShippedPosteriorTests
{
    private static readonly string PosteriorPath = RepositoryPaths.Scenario("calibration/cambridgeshire-2022.posterior.csv");

    [Fact]
    public void The_shipped_posterior_was_fitted_to_the_current_model_version()
    {
        var posterior = PosteriorFile.Read(PosteriorPath);

        Assert.True(posterior.ModelVersion == ModelVersion.Current, $"{PosteriorPath} was fitted to model version {posterior.ModelVersion}, the model is now {ModelVersion.Current}: run the calibration again (README, Calibration)");
    }

    [Fact]
    public void The_shipped_posterior_names_its_scenario_and_targets_and_fits_the_parameters_they_declare()
    {
        var posterior = PosteriorFile.Read(PosteriorPath);
        var folder = Path.GetDirectoryName(PosteriorPath)!;

        Assert.Equal("../cambridgeshire-2022.yaml", posterior.Scenario);
        Assert.Equal("cambridgeshire-2022.targets.yaml", posterior.Targets);
        var targets = TargetsLoader.LoadFile(Path.Combine(folder, posterior.Targets!));
        Assert.True(targets.IsValid, string.Join("\n", targets.Problems));
        Assert.Equal(targets.Targets!.Fit, posterior.Parameters);
        Assert.True(posterior.Draws.Count >= 40, $"{posterior.Draws.Count} draws");
        Assert.Equal(1, posterior.Draws.Sum(d => d.Weight), 9);
    }
}
