using System.CommandLine;
using ForceSim.Experiments.Posteriors;

namespace ForceSim.Cli.Options;

/// <summary>The <c>--posterior FILE</c> option of run, compare, budget and sweep, and its one warning about a stale posterior.</summary>
public static class PosteriorOption
{
    public static Option<string?> Create() => new("--posterior")
    {
        Description = "A calibration posterior (*.posterior.csv, docs/posterior-format.md): each replication runs with a parameter set drawn "
            + "from it (the same one for base and what-if), so intervals and grade probabilities carry parameter uncertainty; results say "
            + "how much of the spread is parameter uncertainty and how much replication noise. Runs twice the replications.",
        HelpName = "FILE",
    };

    /// <summary>The path given, after warning once on stderr when it was fitted to another model version.</summary>
    public static string? Read(ParseResult parse, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var path = parse.GetValue(option);
        if (path is not null && PosteriorInput.StaleWarning(path) is { } warning)
        {
            Console.Error.WriteLine(warning);
        }

        return path;
    }
}
