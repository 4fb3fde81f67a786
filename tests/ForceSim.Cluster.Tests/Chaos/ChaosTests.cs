using System.Globalization;
using System.Text.RegularExpressions;
using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace ForceSim.Cluster.Tests.Chaos;

/// <summary>
/// A bounded chaos run: a real redis-server and three silo processes, three experiments submitted at once (the
/// Cambridgeshire baseline, a what-if and a sweep), and about two minutes of random SIGKILLs and restarts. Every
/// replication must be recorded exactly once, none lost, the kills must have broken replications that then ran again,
/// and every result must be the bytes of the same experiment run embedded. Set FORCESIM_CHAOS_SEED to repeat a schedule.
/// </summary>
[Collection(ChaosRunsAlone.Name)]
public sealed partial class ChaosTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261205;
    private const int MinimumKills = 4;
    private const int MinimumBrokenReplications = 3;
    private static readonly TimeSpan ChaosDuration = TimeSpan.FromMinutes(2);
    // Hang detectors, not timings: a shared machine under heavy load once took over 6 minutes for the embedded baseline.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(15);

    // Full-year replications (one to two seconds each) keep every silo's slot busy, so a kill nearly always breaks one.
    private static readonly string[] Baseline = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", "18"];
    private static readonly string[] WhatIf = ["run", CliProcess.Scenario("whatif/plus-20-call-handlers.yaml"), "-r", "18"];
    private static readonly string[] RunFiles = ["results.json", "replications.csv", "force-replications.csv"];
    private static readonly string[] SweepFiles = ["sweep.csv", "sweep.parquet", "variants.csv"];

    [RedisFact]
    public async Task Three_experiments_under_random_silo_kills_record_every_replication_once_and_match_the_embedded_bytes()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FORCESIM_CHAOS_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        output.WriteLine($"chaos seed {seed} (FORCESIM_CHAOS_SEED={seed} repeats the schedule)");
        using var bed = await ClusterTestBed.StartAsync(3, "--workers", "1");
        var sweep = bed.Folder.Write("sweep.yaml", SweepYaml());
        string[] sweepArgs = ["sweep", sweep, "--set", "run.horizon_days=365"];
        using var baseline = new BackgroundCli(bed.Folder.Path, [.. Baseline, "--cluster", bed.Cluster, "--experiment", "chaos-baseline", "-o", bed.Folder["cluster-baseline"]]);
        using var whatIf = new BackgroundCli(bed.Folder.Path, [.. WhatIf, "--cluster", bed.Cluster, "--experiment", "chaos-whatif", "-o", bed.Folder["cluster-whatif"]]);
        using var sweeping = new BackgroundCli(bed.Folder.Path, [.. sweepArgs, "--cluster", bed.Cluster, "-o", bed.Folder["cluster-sweep"]]);
        // The embedded runs share the machine with the cluster: the chaos lasts longer for the same work, and the test less.
        var embedded = EmbeddedAsync(bed, sweepArgs);

        var monkey = new ChaosMonkey(bed, seed);
        await monkey.RunAsync(Task.WhenAll(baseline.Exited, whatIf.Exited, sweeping.Exited), ChaosDuration, Enough, output.WriteLine);
        var context = $"chaos seed {seed}; kills:{Environment.NewLine}{string.Join(Environment.NewLine, monkey.Kills)}";
        foreach (var client in new[] { baseline, whatIf, sweeping })
        {
            var result = await client.WaitAsync(Patience);
            Assert.True(result.ExitCode == ExitCodes.Success, $"{context}{Environment.NewLine}{result}{Environment.NewLine}{bed.Logs}");
            if (client == sweeping)
            {
                context += Environment.NewLine + result.StandardOutput;
            }
        }

        var ledger = await LedgerAsync(bed, ["chaos-baseline", "chaos-whatif", .. SweepExperiments(context)], context);
        var kills = monkey.Kills.Where(k => k.Unfinished > 0).ToList();
        var broken = Broken(monkey.Kills);
        var rerunBroken = broken.Count(b => ledger[b.Experiment].Executions[b.Replication] >= 2);
        // One not run again had finished between the look and the kill (a loaded machine makes that moment longer).
        var notRerun = string.Join(", ", broken.Where(b => ledger[b.Experiment].Executions[b.Replication] < 2).Select(b => $"{b.Experiment}#{b.Replication}"));
        var reruns = ledger.Values.Sum(l => l.Executions.Sum() - l.Total);
        output.WriteLine($"kills with work unfinished: {kills.Count} ({kills.Count(k => k.MidReplication)} mid-replication); replications broken by a kill: {broken.Count}, re-run: {rerunBroken}{(notRerun.Length > 0 ? $" (not: {notRerun})" : "")}; re-runs in all: {reruns}; recorded: {ledger.Values.Sum(l => l.Finished.Count)} of {ledger.Values.Sum(l => l.Total)}; lost: 0");

        // The faults happened: silos died with work unfinished, part-way through replications, which then ran again.
        Assert.True(kills.Count >= MinimumKills, $"only {kills.Count} kill(s) found work unfinished; {context}");
        Assert.True(rerunBroken >= MinimumBrokenReplications, $"only {rerunBroken} replication(s) broken by a kill ran again; {context}");

        var local = await embedded;
        foreach (var (cluster, inProcess, files) in new[] { ("cluster-baseline", local.Baseline, RunFiles), ("cluster-whatif", local.WhatIf, RunFiles), ("cluster-sweep", local.Sweep, SweepFiles) })
        {
            foreach (var file in files)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(inProcess, file)).AsSpan().SequenceEqual(File.ReadAllBytes(bed.Folder[Path.Combine(cluster, file)])),
                    $"{cluster}/{file} differs from the embedded run; {context}");
            }
        }
    }

    private static bool Enough(IReadOnlyList<ChaosKill> kills) =>
        kills.Count(k => k.Unfinished > 0) >= MinimumKills && Broken(kills).Count >= MinimumBrokenReplications + 1;

    /// <summary>The replications some kill caught part-way through, each once.</summary>
    private static List<(string Experiment, int Replication)> Broken(IEnumerable<ChaosKill> kills) => [.. kills.SelectMany(k => k.Broken).Distinct()];

    /// <summary>Every experiment's ledger from `forcesim status --json`: finished, each replication recorded exactly once, none lost.</summary>
    private static async Task<Dictionary<string, StatusJson>> LedgerAsync(ClusterTestBed bed, IReadOnlyList<string> experiments, string context)
    {
        var ledger = new Dictionary<string, StatusJson>();
        foreach (var id in experiments)
        {
            var result = await CliProcess.RunAsync(bed.Folder.Path, "status", id, "--cluster", bed.Cluster, "--json");
            Assert.True(result.ExitCode == ExitCodes.Success, $"{result}{Environment.NewLine}{context}");
            var status = StatusJson.Parse(result.StandardOutput);
            Assert.True(status.IsFinished, $"{id} is not finished: {result.StandardOutput}");
            Assert.Equal(Enumerable.Range(0, status.Total), status.Finished);
            Assert.True(status.FinishedBySilo.Values.Sum() == status.Total, $"{id}: {status.FinishedBySilo.Values.Sum()} completions recorded for {status.Total} replications; {context}");
            Assert.All(status.Executions, e => Assert.True(e >= 1, $"{id}: a replication never handed out"));
            ledger[id] = status;
        }

        return ledger;
    }

    private static async Task<(string Baseline, string WhatIf, string Sweep)> EmbeddedAsync(ClusterTestBed bed, string[] sweepArgs)
    {
        var folders = (bed.Folder["embedded-baseline"], bed.Folder["embedded-whatif"], bed.Folder["embedded-sweep"]);
        foreach (var (arguments, folder) in new[] { (Baseline, folders.Item1), (WhatIf, folders.Item2), (sweepArgs, folders.Item3) })
        {
            var result = await CliProcess.RunAsync(bed.Folder.Path, Patience, [.. arguments, "--parallel", "1", "-o", folder]);
            Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        }

        return folders;
    }

    private static string SweepYaml() => $"""
        name: Chaos staffing sweep
        scenario: {CliProcess.Scenario("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal)}
        replications: 6
        design:
          type: factorial
          factors:
            - path: control_rooms[0].call_handlers.shifts[0].staff
              values: [9, 12]
        measures: [contact.emergency_mean_answer_seconds, contact.handler_utilisation]
        """;

    private static List<string> SweepExperiments(string sweepOutput)
    {
        var ids = VariantExperiment().Matches(sweepOutput).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(ids.Count == 2, $"expected the sweep to name two variant experiments: {sweepOutput}");
        return ids;
    }

    [GeneratedRegex(@"variant \d+: experiment (\S+)")]
    private static partial Regex VariantExperiment();
}
