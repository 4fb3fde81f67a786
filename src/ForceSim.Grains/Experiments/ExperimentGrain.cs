using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;
using Microsoft.Extensions.Options;

namespace ForceSim.Grains.Experiments;

/// <inheritdoc cref="IExperimentGrain"/>
/// <remarks>
/// Every change is written to storage before the call returns, leases included: after this grain moves (its silo
/// died), a replication still running on a live silo is not handed out twice, and one leased to a dead silo is
/// handed out again. A finished replication is never handed out again.
/// </remarks>
public sealed class ExperimentGrain(
    [PersistentState("experiment", ClusterStores.Experiments)] IPersistentState<ExperimentState> state,
    [PersistentState("variants", ClusterStores.Experiments)] IPersistentState<ExperimentVariants> variantStore,
    IClusterMembershipService membership,
    IOptions<ExperimentLimits> limits) : Grain, IExperimentGrain
{
    private ExperimentPlan? _plan;

    private ExperimentState S => state.State;

    /// <summary>The numbering of work items; valid once submitted, rebuilt when variants are added.</summary>
    private ExperimentPlan Plan => _plan ??= ExperimentPlan.Of(S.Scenario!, variantStore.State.List);

    private string Id => this.GetPrimaryKeyString();

    public async Task<ExperimentStatus> Submit(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (S.Scenario is not null)
        {
            if (S.Fingerprint != spec.Fingerprint)
            {
                throw new ArgumentException($"Experiment '{Id}' already exists with a different scenario, seed or replication count; choose another experiment id.");
            }

            await AddVariants(spec.Variants ?? []).ConfigureAwait(true);
            // A submission retried after a silo died may have been saved but never posted: posting again is harmless.
            if (S.FinishedUtc is null && S.Error is null)
            {
                await Board.Post(Id).ConfigureAwait(true);
            }

            return Snapshot();
        }

        var plan = ExperimentPlan.Of(spec);
        CheckSize(plan);
        foreach (var scenario in plan.Scenarios)
        {
            CheckCompiles(scenario);
        }

        if (spec.Variants is { Count: > 0 } variants)
        {
            variantStore.State.List = [.. variants];
            await Save(variantStore.WriteStateAsync).ConfigureAwait(true);
        }

        S.Scenario = spec.Scenario;
        S.Fingerprint = spec.Fingerprint;
        S.Host = spec.Host;
        S.VictimRestMinutes = spec.VictimRestMinutes;
        S.SubmittedUtc = DateTime.UtcNow;
        _plan = null;
        await Save().ConfigureAwait(true);
        await Board.Post(Id).ConfigureAwait(true);
        return Snapshot();
    }

    public Task<ExperimentStatus> Status() => Task.FromResult(Snapshot());

    public Task<ExperimentSpec> Spec() => S.Scenario is { } scenario
        ? Task.FromResult(new ExperimentSpec(scenario, S.Fingerprint, S.Host, S.VictimRestMinutes, variantStore.State.List.Count > 0 ? [.. variantStore.State.List] : null))
        : throw new KeyNotFoundException($"Experiment '{Id}' was never submitted.");

    public async Task<int?> Lease(string silo)
    {
        if (S.Scenario is null || S.Error is not null)
        {
            return null;
        }

        ReclaimFromDeadSilos();
        // A slot runs one replication at a time: if it asks again while holding one, the answer to its last request was lost.
        foreach (var stale in S.Leases.Where(l => l.Value == silo).Select(l => l.Key).ToList())
        {
            S.Leases.Remove(stale);
        }

        var next = Enumerable.Range(0, Plan.Total).Cast<int?>()
            .FirstOrDefault(i => !S.Finished.Contains(i!.Value) && !S.Leases.ContainsKey(i.Value));
        if (next is { } replication)
        {
            S.Leases[replication] = silo;
            S.Executions[replication] = S.Executions.GetValueOrDefault(replication) + 1;
            await Save().ConfigureAwait(true);
        }

        return next;
    }

    public async Task Complete(int replication, string silo, ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (S.Scenario is null || S.Finished.Contains(replication))
        {
            return;
        }

        // The result is safe in storage before the replication counts as finished: a crash in between costs a re-run, never a result.
        await GrainFactory.GetGrain<IReplicationRecordGrain>(IReplicationRecordGrain.Key(Id, replication)).Save(result).ConfigureAwait(true);
        S.Finished.Add(replication);
        S.Leases.Remove(replication);
        var endpoint = Endpoint(silo);
        S.FinishedBySilo[endpoint] = S.FinishedBySilo.GetValueOrDefault(endpoint) + 1;
        if (S.Finished.Count == Plan.Total)
        {
            S.FinishedUtc = DateTime.UtcNow;
        }

        await Save().ConfigureAwait(true);
        if (S.FinishedUtc is not null)
        {
            await Board.Remove(Id).ConfigureAwait(true);
        }
    }

    public async Task Release(int replication, string silo)
    {
        if (S.Leases.TryGetValue(replication, out var holder) && holder == silo)
        {
            S.Leases.Remove(replication);
            await Save().ConfigureAwait(true);
        }
    }

    public async Task Fail(int replication, string silo, string error)
    {
        S.Error = $"replication {replication} failed on {Endpoint(silo)}: {error}";
        S.Leases.Remove(replication);
        await Save().ConfigureAwait(true);
        await Board.Remove(Id).ConfigureAwait(true);
    }

    /// <summary>
    /// Writes the state; if that fails (Redis restarting), this activation's memory is ahead of storage, so it is dropped
    /// and the next call starts again from what storage holds (the caller retries).
    /// </summary>
    private Task Save() => Save(state.WriteStateAsync);

    private async Task Save(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(true);
        }
        catch
        {
            this.DeactivateOnIdle();
            throw;
        }
    }

    private IExperimentBoardGrain Board => GrainFactory.GetGrain<IExperimentBoardGrain>(0);

    /// <summary>
    /// Leases held by silos that membership has declared dead go back to the pool. A silo this one has not heard of yet
    /// (it joined a moment ago) keeps its lease: only a declared death frees a replication, so nothing runs twice needlessly.
    /// </summary>
    private void ReclaimFromDeadSilos()
    {
        var snapshot = membership.CurrentSnapshot;
        foreach (var (replication, holder) in S.Leases.ToList())
        {
            if (snapshot.GetSiloStatus(LeaseHolder.Silo(holder)) == SiloStatus.Dead)
            {
                S.Leases.Remove(replication);
            }
        }
    }

    /// <summary>
    /// Appends the variants beyond those stored (a budget search adds each round's mixes); those already stored must be
    /// listed under the same keys, in the same order. A finished experiment that gains variants is open again.
    /// </summary>
    private async Task AddVariants(IReadOnlyList<ExperimentVariant> variants)
    {
        var stored = variantStore.State.List;
        for (var i = 0; i < Math.Min(stored.Count, variants.Count); i++)
        {
            if (stored[i].Key != variants[i].Key)
            {
                throw new ArgumentException($"Experiment '{Id}' has variant {i} '{stored[i].Key}', not '{variants[i].Key}'; choose another experiment id.");
            }
        }

        if (variants.Count > stored.Count)
        {
            if (stored.Count == 0)
            {
                throw new ArgumentException($"Experiment '{Id}' runs one scenario and cannot take variants; choose another experiment id.");
            }

            var added = variants.Skip(stored.Count).ToList();
            CheckSize(ExperimentPlan.Of(S.Scenario!, [.. stored, .. added]));
            added.ForEach(v => CheckCompiles(v.Scenario));
            variantStore.State.List = [.. stored, .. added];
            await Save(variantStore.WriteStateAsync).ConfigureAwait(true);
            _plan = null;
        }

        // Also mends an earlier append whose variants were saved but whose reopening was not.
        if (S.FinishedUtc is not null && S.Finished.Count < Plan.Total)
        {
            S.FinishedUtc = null;
            await Save().ConfigureAwait(true);
        }
    }

    private void CheckSize(ExperimentPlan plan)
    {
        var max = limits.Value.MaxReplications;
        if (plan.Scenarios.Any(s => s.Run.Replications < 1) || plan.Total > max)
        {
            throw new ArgumentException($"This cluster runs from 1 to {max} replications per experiment (asked for {plan.Total}).");
        }
    }

    private static void CheckCompiles(Scenario scenario)
    {
        try
        {
            _ = new CompiledScenario(scenario);
        }
#pragma warning disable CA1031 // anything the model rejects is the submitter's problem, reported as such
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new ArgumentException($"The scenario cannot be run: {e.Message}");
        }
    }

    private static string Endpoint(string holder) => LeaseHolder.Silo(holder).Endpoint.ToString();

    private ExperimentStatus Snapshot() => S.Scenario is not { } scenario
        ? new ExperimentStatus { Id = Id, Exists = false }
        : new ExperimentStatus
        {
            Id = Id,
            Exists = true,
            ScenarioName = scenario.Name,
            Seed = scenario.Run.Seed,
            Total = Plan.Total,
            VariantReplications = Plan.Counts,
            HasVariants = variantStore.State.List.Count > 0,
            Finished = [.. S.Finished.Order()],
            Running = S.Leases.ToDictionary(l => l.Key, l => Endpoint(l.Value)),
            Executions = [.. Enumerable.Range(0, Plan.Total).Select(i => S.Executions.GetValueOrDefault(i))],
            FinishedBySilo = new Dictionary<string, int>(S.FinishedBySilo),
            SubmittedUtc = S.SubmittedUtc,
            FinishedUtc = S.FinishedUtc,
            Error = S.Error,
            Host = S.Host,
        };
}
