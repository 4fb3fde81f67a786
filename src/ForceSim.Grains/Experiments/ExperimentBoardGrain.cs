using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Experiments;

/// <inheritdoc cref="IExperimentBoardGrain"/>
public sealed class ExperimentBoardGrain(
    [PersistentState("board", ClusterStores.Experiments)] IPersistentState<ExperimentBoard> board) : Grain, IExperimentBoardGrain
{
    public async Task Post(string experiment)
    {
        if (!board.State.Open.Contains(experiment))
        {
            board.State.Open.Add(experiment);
            await board.WriteStateAsync().ConfigureAwait(true);
        }
    }

    public async Task Remove(string experiment)
    {
        if (board.State.Open.Remove(experiment))
        {
            await board.WriteStateAsync().ConfigureAwait(true);
        }
    }

    public Task<IReadOnlyList<string>> Open() => Task.FromResult<IReadOnlyList<string>>([.. board.State.Open]);
}
