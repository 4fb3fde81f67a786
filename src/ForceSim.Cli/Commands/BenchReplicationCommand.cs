using System.CommandLine;
using System.Globalization;
using ForceSim.Experiments.Benchmarking;

namespace ForceSim.Cli.Commands;

/// <summary>
/// Hidden <c>forcesim bench-replication</c>: the child process <c>bench --national</c> starts, so one replication's
/// peak memory is measured in a process of its own. Prints one probe line for the parent to read.
/// </summary>
public static class BenchReplicationCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario file." };
        var horizon = new Option<double>("--horizon-days") { Description = "Simulated days measured.", DefaultValueFactory = _ => 365 };
        var warmup = new Option<double>("--warmup-days") { Description = "Simulated warm-up days.", DefaultValueFactory = _ => 0 };
        var command = new Command(ReplicationProbe.CommandName, "One timed replication in a process of its own (used by bench --national).")
        {
            scenario, horizon, warmup,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var result = ReplicationProbe.Run(parse.GetValue(scenario)!, parse.GetValue(horizon), parse.GetValue(warmup));
            Console.WriteLine(result.ToLine());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replication_seconds={result.Seconds:F3} peak_memory_mb={result.PeakMemoryMb:F0}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
