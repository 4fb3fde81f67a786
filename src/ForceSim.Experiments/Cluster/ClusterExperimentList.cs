using ForceSim.Grains.Experiments;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// The experiments of a cluster for operators: every unfinished one on the cluster's board, plus any the caller already
/// knows (the board forgets an experiment once it finishes, and a finished one is still worth showing).
/// </summary>
public static class ClusterExperimentList
{
    /// <param name="grains">The cluster's grains: a client of a cluster, or an embedded silo (a cluster of one).</param>
    /// <param name="known">Experiment ids to show too, finished or not; ids the cluster never saw are left out.</param>
    public static async Task<IReadOnlyList<ClusterExperimentRow>> ListAsync(IGrainFactory grains, IEnumerable<string> known, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(known);
        var board = grains.GetGrain<IExperimentBoardGrain>(0);
        var open = await ExperimentWatch.PatientlyAsync(board.Open, cancellationToken).ConfigureAwait(false);
        var ids = open.Concat(known).Distinct(StringComparer.Ordinal).ToList();
        var statuses = await Task.WhenAll(ids.Select(id => ExperimentWatch.PollAsync(grains.GetGrain<IExperimentGrain>(id), cancellationToken))).ConfigureAwait(false);
        return [.. statuses.Where(s => s.Exists).OrderByDescending(s => s.SubmittedUtc).ThenBy(s => s.Id, StringComparer.Ordinal).Select(Row)];
    }

    private static ClusterExperimentRow Row(ExperimentStatus s) => new(
        s.Id,
        s.HasVariants ? "variants" : "run",
        s.ScenarioName,
        s.Done,
        s.Total,
        s.IsFinished,
        s.Error,
        s.SubmittedUtc,
        [.. s.Running.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
