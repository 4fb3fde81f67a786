using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Running;

/// <summary>The batch runner: replications in parallel on whatever host it is given, each result in its own slot.</summary>
public sealed class ExperimentRunnerTests
{
    private static readonly Model.Scenarios.Scenario Scenario = TestScenarios.ShortCambridgeshire(days: 3, replications: 4);

    [Fact]
    public async Task Replications_run_side_by_side_up_to_the_parallelism_even_on_a_host_that_never_yields()
    {
        using var host = new Rendezvous(2);

        var result = await ExperimentRunner.RunAsync(Scenario, new ExperimentOptions { MaxParallelism = 2, Host = host });

        Assert.True(host.Met, "two replications never ran at the same time");
        Assert.Equal([0, 1, 2, 3], result.Replications.Select(r => r.Replication));
    }

    [Fact]
    public async Task Resumed_replications_are_not_run_again_and_are_not_reported_as_finished()
    {
        var saved = ReplicationRunner.Run(new CompiledScenario(Scenario), 1);
        var finished = new List<int>();

        var result = await ExperimentRunner.RunAsync(Scenario, new ExperimentOptions
        {
            MaxParallelism = 1,
            TryResume = i => i == 1 ? saved : null,
            OnFinished = r => finished.Add(r.Replication),
        });

        Assert.Same(saved, result.Replications[1]);
        Assert.Equal([0, 2, 3], finished.Order());
    }

    /// <summary>
    /// The in-process host, except that the first <c>n</c> replications block (synchronously, as the engine does) until
    /// <c>n</c> are running at once; gives up after a minute so a runner that never overlaps them fails instead of hanging.
    /// </summary>
    private sealed class Rendezvous(int n) : IReplicationHost, IDisposable
    {
        private readonly CountdownEvent _arrived = new(n);

        public bool Met { get; private set; }

        public ValueTask<ReplicationResult> RunAsync(CompiledScenario model, int replication, bool keepTally, CancellationToken cancellationToken)
        {
            if (replication < n)
            {
                _arrived.Signal();
                Met = _arrived.Wait(TimeSpan.FromMinutes(1), cancellationToken) || Met;
            }

            return InProcessReplicationHost.Shared.RunAsync(model, replication, keepTally, cancellationToken);
        }

        public void Dispose() => _arrived.Dispose();
    }
}
