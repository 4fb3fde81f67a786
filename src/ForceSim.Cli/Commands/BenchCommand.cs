using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Experiments.Benchmarking;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim bench</c>: engine timings on the in-process host (canonical M/M/20 model, force-year, region-year), the
/// canonical model as a minimal hand-written loop, parallel speed-up, cost per force as forces grow, optionally a
/// national year in a child process, then the grain host. The measuring is <see cref="BenchService"/>'s.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var repeat = new Option<int>("--repeat") { Description = "Timed runs of each in-process model; the median is reported.", DefaultValueFactory = _ => 3 };
        var scenarios = new Option<string?>("--scenarios") { Description = "Folder holding benchmarks/canonical-mm20.yaml, cambridgeshire-2022.yaml, eastern-region.yaml and england-wales.yaml (default: the shipped ones)." };
        var hosts = new Option<string>("--hosts") { Description = "all (default): both hosts; in-process: skip the grain host.", DefaultValueFactory = _ => "all" };
        hosts.AcceptOnlyFromAmong("all", HostOption.InProcess);
        var national = new Option<bool>("--national")
        {
            Description = "Also time one national year (england-wales.yaml, 365 days, no warm-up, in-process, one thread) in a child process, printing national_year_seconds=, national_peak_memory_mb= (the child's own peak), national_gc_pause_seconds=, national_cost_per_force_ratio= and national_cost_per_event_ratio=. Takes minutes; without it the 43-force cost per force comes from 14 days scaled to a year.",
        };
        var scale = new Option<double>("--scale") { Description = "Run every model for this fraction of its horizon (at least a day): a smoke test whose figures mean nothing. Default 1.", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Measure engine speed (events/s, seconds per force-year, against a minimal hand-written loop), parallel speed-up, cost per force as forces grow, and peak memory, on both hosts.")
        {
            repeat, scenarios, hosts, national, scale,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new BenchRequest(
                parse.GetValue(scenarios) ?? Path.Combine(AppContext.BaseDirectory, "scenarios"),
                parse.GetValue(repeat),
                parse.GetValue(hosts) == "all",
                parse.GetValue(national),
                parse.GetValue(scale),
                Self());
            return Execute(request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> Execute(BenchRequest request, CancellationToken cancellationToken)
    {
        await BenchService.RunAsync(request, Console.WriteLine, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>This tool as a child process: the apphost itself, or <c>dotnet forcesim.dll</c> when run through dotnet.</summary>
    private static ChildCommand Self()
    {
        var executable = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(executable) == "dotnet"
            ? new ChildCommand(executable, [typeof(BenchCommand).Assembly.Location])
            : new ChildCommand(executable, []);
    }
}
