namespace ForceSim.Experiments.Benchmarking;

/// <summary>What <c>forcesim bench</c> asks for.</summary>
/// <param name="ScenariosFolder">Holds benchmarks/canonical-mm20.yaml, cambridgeshire-2022.yaml, eastern-region.yaml and england-wales.yaml.</param>
/// <param name="Repeat">Timed runs of each in-process model; the median is reported.</param>
/// <param name="GrainHost">Also time the force-year and region-year on the grain host.</param>
/// <param name="National">Also time a national year in a child process (minutes), with its own peak memory.</param>
/// <param name="Scale">Fraction of every horizon to run (1: the real benchmark; less: a smoke test whose figures mean nothing).</param>
/// <param name="Self">How to start this tool again for the national year's child process.</param>
public sealed record BenchRequest(string ScenariosFolder, int Repeat, bool GrainHost, bool National, double Scale, ChildCommand Self)
{
    /// <summary>Replications of a force-year run serially and then one per core for the parallel speed-up.</summary>
    public const int SpeedupReplications = 4;

    /// <summary>Days of the national scenario timed in-process for the 43-force cost per force when the national year is not run.</summary>
    public const double ShortNationalDays = 14;
}
