using System.Globalization;
using ForceSim.Experiments.Checkpoints;

namespace ForceSim.Experiments.Cluster;

/// <summary>Ids of experiments on a cluster: grain keys and Redis key parts, so plain characters only.</summary>
public static class ExperimentIds
{
    /// <summary>Refuses an id with anything but letters, digits, '-', '_' or '.', or of the wrong length.</summary>
    public static string Check(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new InvalidRequestException($"An experiment id must be 1 to 100 letters, digits, '-', '_' or '.' (got '{id}').");
        }

        return id;
    }

    /// <summary>A fresh id for a run of <paramref name="path"/>: its file name, the time and a few random characters.</summary>
    public static string New(string path)
    {
        var stem = Stem(Path.GetFileNameWithoutExtension(path));
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return $"{(stem.Length == 0 ? "experiment" : stem)}-{stamp}-{Guid.NewGuid().ToString("N")[..4]}";
    }

    /// <summary>
    /// The id of a sweep variant's experiment: the same for the same variant and fingerprint, so submitting the same
    /// sweep again (after Ctrl+C, or from another machine) re-attaches instead of running it twice.
    /// </summary>
    public static string ForSweepVariant(string sweepName, int variant, Fingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var stem = Stem(sweepName);
        stem = stem[..Math.Min(stem.Length, 40)];
        return string.Create(CultureInfo.InvariantCulture, $"sweep-{(stem.Length == 0 ? "experiment" : stem)}-v{variant}-{fingerprint.Prefix}");
    }

    /// <summary>The plain characters of <paramref name="text"/> that an experiment id may hold.</summary>
    private static string Stem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new string([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
    }
}
