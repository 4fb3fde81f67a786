namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Counts simulations for progress and estimates how many are left: generation 0 takes one per particle, and each later
/// generation is expected to take particles ÷ the acceptance rate seen in the last finished one.
/// </summary>
internal sealed class SimulationCounter(AbcSettings settings, IProgress<CalibrationProgress>? progress)
{
    private readonly Lock _lock = new();
    private int _finishedBefore;
    private int _generationsDone;
    private double _acceptance = 0.5;

    public int EstimatedTotal { get; private set; } = settings.Particles + (int)((settings.Generations - 1) * settings.Particles / 0.5);

    public void Evaluated(int generation, int inGeneration)
    {
        lock (_lock)
        {
            var done = _finishedBefore + inGeneration;
            var expectedHere = generation == 0 ? settings.Particles : (int)(settings.Particles / _acceptance);
            var later = (settings.Generations - generation - 1) * (int)(settings.Particles / _acceptance);
            EstimatedTotal = Math.Max(done, _finishedBefore + Math.Max(expectedHere, inGeneration) + later);
            progress?.Report(new SimulationsFinished(generation, done, EstimatedTotal));
        }
    }

    /// <summary>Notes a finished (or reloaded) generation; passes it through.</summary>
    public Population? Finished(Population? population)
    {
        if (population is null)
        {
            return null;
        }

        lock (_lock)
        {
            _finishedBefore += population.Proposals;
            _generationsDone++;
            if (population.Generation > 0)
            {
                _acceptance = Math.Max(0.02, (double)population.Particles.Count / population.Proposals);
            }

            EstimatedTotal = _finishedBefore + ((settings.Generations - _generationsDone) * (int)(settings.Particles / _acceptance));
        }

        progress?.Report(new GenerationFinished(population));
        return population;
    }
}
