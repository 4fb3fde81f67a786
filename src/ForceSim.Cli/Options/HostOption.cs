using System.CommandLine;
using ForceSim.Experiments;
using ForceSim.Grains.Experiments;

namespace ForceSim.Cli.Options;

/// <summary>The <c>--host</c> option: which host runs the LPs. Both give the same results; they differ in what you can do with them.</summary>
public static class HostOption
{
    public const string InProcess = "in-process";

    public const string Grains = "grains";

    public static Option<string> Create()
    {
        var option = new Option<string>("--host")
        {
            Description = "in-process (fast, the default) or grains (each control room, unit, investigation and victim is an Orleans grain in an embedded silo, or with --cluster on the cluster's silos; same results).",
            DefaultValueFactory = _ => InProcess,
        };
        option.AcceptOnlyFromAmong(InProcess, Grains);
        return option;
    }

    /// <summary>Which host the option's value names.</summary>
    public static ReplicationHost Parse(string value) => value == Grains ? ReplicationHost.Grains : ReplicationHost.InProcess;

    /// <summary><c>--victim-rest-days</c>: how long a victim grain may sit idle (simulated days) before it rests (hands its state to the run's coordinator and leaves memory).</summary>
    public static Option<string> CreateVictimRest() => new("--victim-rest-days")
    {
        Description = "Grain host only: simulated days a victim may go without activity before it hands its state to the run's "
            + "coordinator and leaves memory (default 7; 'never' keeps every victim in memory: faster, unbounded). Never changes results.",
        DefaultValueFactory = _ => "7",
    };

    /// <summary>The rest horizon in simulated minutes (+∞ for never), or a clear error.</summary>
    public static double VictimRestMinutes(string text)
    {
        if (string.Equals(text, "never", StringComparison.OrdinalIgnoreCase))
        {
            return double.PositiveInfinity;
        }

        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is >= 0 and <= 3650)
        {
            return days * 1440;
        }

        throw new InvalidRequestException($"--victim-rest-days must be a number of days from 0 to 3650, or 'never' (got '{text}').");
    }
}
