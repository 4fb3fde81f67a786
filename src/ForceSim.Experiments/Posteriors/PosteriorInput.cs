using System.Globalization;
using ForceSim.Engine;

namespace ForceSim.Experiments.Posteriors;

/// <summary>What a front end checks about <c>--posterior FILE</c> before calling a service.</summary>
public static class PosteriorInput
{
    /// <summary>
    /// A warning when the posterior was fitted to another model version (its parameters may no longer reproduce the
    /// targets), else null; null too for a file that cannot be read, which the service then refuses with its reason.
    /// </summary>
    public static string? StaleWarning(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Posterior posterior;
        try
        {
            posterior = PosteriorFile.Read(path);
        }
        catch (InvalidRequestException)
        {
            return null;
        }

        return posterior.ModelVersion == ModelVersion.Current
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Warning: {path} was fitted to model version {posterior.ModelVersion}, but this is model version {ModelVersion.Current}; its parameters may be stale (recalibrate with forcesim calibrate).");
    }
}
