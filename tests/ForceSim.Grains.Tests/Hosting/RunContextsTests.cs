using ForceSim.Grains.Hosting;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Hosting;

/// <summary>The per-silo cache of compiled scenarios lives exactly as long as some grain of the run borrows it.</summary>
public sealed class RunContextsTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public void Grains_of_one_run_share_its_context_and_the_last_to_return_it_drops_it()
    {
        var contexts = new RunContexts(silo.Grains);
        var run = Guid.NewGuid();

        var first = contexts.Borrow(run);
        var second = contexts.Borrow(run);
        contexts.Return(run);

        Assert.Same(first, second);
        Assert.Equal(1, contexts.Count);
        contexts.Return(run);
        Assert.Equal(0, contexts.Count);
    }

    [Fact]
    public async Task A_run_that_cannot_be_loaded_is_not_kept_once_returned_so_a_later_borrower_tries_again()
    {
        var contexts = new RunContexts(silo.Grains);
        var run = Guid.NewGuid(); // never started: its coordinator cannot hand out a scenario

        var first = contexts.Borrow(run);
        var failed = await Assert.ThrowsAnyAsync<Exception>(() => first);
        contexts.Return(run);
        var again = contexts.Borrow(run);

        Assert.Contains("unknown", failed.Message, StringComparison.Ordinal);
        Assert.NotSame(first, again);
        await Assert.ThrowsAnyAsync<Exception>(() => again);
        contexts.Return(run);
        Assert.Equal(0, contexts.Count);
    }
}
