using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>
/// The posteriors shipped under <c>scenarios/</c> (<c>*.posterior.csv</c>), and what makes one stale: fitted to another
/// model version than <see cref="ModelVersion.Current"/>, or naming values its scenario no longer sets.
/// </summary>
internal static class ShippedPosteriors
{
    /// <summary>Every shipped posterior, relative to <c>scenarios/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> Files()
    {
        var root = RepositoryPaths.File("scenarios");
        return [.. Directory.GetFiles(root, "*.posterior.csv", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Why the posterior at <paramref name="path"/> cannot be shipped as it is, or null when it is current.</summary>
    public static string? Problem(string path)
    {
        Posterior posterior;
        try
        {
            posterior = PosteriorFile.Read(path);
        }
        catch (InvalidRequestException e)
        {
            return e.Message;
        }

        if (posterior.ModelVersion != ModelVersion.Current)
        {
            return $"{path} is stale: fitted to model version {posterior.ModelVersion}, but the model is at version {ModelVersion.Current}; "
                + "recalibrate (forcesim calibrate) and ship the new posterior.";
        }

        if (posterior.Scenario is not { } scenario)
        {
            return $"{path}: the stamp names no scenario, so nothing checks that its parameters still exist.";
        }

        try
        {
            PosteriorScenarios.Prepare(path, Path.Combine(Path.GetDirectoryName(path)!, scenario), LoadOptions.Default);
            return null;
        }
        catch (InvalidRequestException e)
        {
            return e.Message;
        }
    }
}
