using CsCheck;

namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// Runs a property over a fixed number of cases from a fixed seed, so CI always tries the same inputs; on a failure,
/// CsCheck shrinks from the failing case's seed and the message gives the seed of the smallest failing input and the
/// input itself. Each case is bounded in time, so a hang fails the test instead of stalling the run.
/// </summary>
public static class FixedSeedProperty
{
    /// <summary>The seed every property test starts from (any fixed number would do).</summary>
    public const ulong DefaultSeed = 20261205;

    /// <summary>
    /// <c>FORCESIM_FUZZ_SEED</c> tries other cases and <c>FORCESIM_FUZZ_SCALE</c> multiplies their number, for a longer hunt
    /// by hand; CI sets neither, so it always tries the same cases.
    /// </summary>
    public static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable("FORCESIM_FUZZ_SEED"), out var seed) ? seed : DefaultSeed;

    private static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("FORCESIM_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    /// <summary>Cases tried from a failing case's seed while shrinking it.</summary>
    public const int ShrinkIterations = 300;

    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    /// <param name="stream">Separates the tests' random streams, so two tests with the same generator try different cases.</param>
    public static void Check<T>(Gen<T> gen, int cases, uint stream, Action<T> property)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        var bounded = Bounded(property);
        var index = 0;
        foreach (var (seed, value) in Cases(gen, cases, stream))
        {
            try
            {
                bounded(value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Shrink(gen, bounded, seed, index, e);
                throw;
            }

            index++;
        }
    }

    /// <summary>The fixed cases themselves, each with the seed that replays it, for checks that cannot run as a property (e.g. through a process).</summary>
    public static IEnumerable<(string Seed, T Value)> Cases<T>(Gen<T> gen, int cases, uint stream)
    {
        ArgumentNullException.ThrowIfNull(gen);
        var pcg = new PCG(stream, Seed);
        for (var i = 0; i < cases * Scale; i++)
        {
            var seed = pcg.ToString();
            yield return (seed, gen.Generate(pcg, null, out _));
        }
    }

    /// <summary>Replays one case by its seed string (as printed by a failure), e.g. to debug it.</summary>
    public static T Replay<T>(Gen<T> gen, string seed)
    {
        ArgumentNullException.ThrowIfNull(gen);
        return gen.Generate(PCG.Parse(seed), null, out _);
    }

    /// <summary>Lets CsCheck shrink from the failing seed; its exception names the smallest failing seed and input.</summary>
    private static void Shrink<T>(Gen<T> gen, Action<T> property, string seed, int index, Exception original)
    {
        try
        {
            gen.Sample(property, seed: seed, iter: ShrinkIterations, threads: 1, print: v => v?.ToString() ?? "null");
        }
        catch (Exception shrunk) when (shrunk is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"Case {index} of the fixed-seed run (seed {seed}) failed: {original.GetType().Name}: {original.Message}{Environment.NewLine}"
                + $"Shrunk (replay with FixedSeedProperty.Replay or CsCheck_Seed):{Environment.NewLine}{shrunk.Message}",
                shrunk);
        }
    }

    private static Action<T> Bounded<T>(Action<T> property) => value =>
    {
        var run = Task.Run(() => property(value));
        bool finished;
        try
        {
            finished = run.Wait(CaseTimeout);
        }
        catch (AggregateException wrapped) when (wrapped.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(wrapped.InnerExceptions[0]);
            throw;
        }

        if (!finished)
        {
            throw new TimeoutException($"one case took more than {CaseTimeout.TotalSeconds:0} s:{Environment.NewLine}{value}");
        }
    };
}
