using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Tests.Support;

/// <summary>One embedded silo (the CLI's default grain host) shared by a test class.</summary>
public sealed class EmbeddedSiloFixture : IAsyncLifetime
{
    private EmbeddedSilo? _silo;

    public IGrainFactory Grains => _silo?.Grains ?? throw new InvalidOperationException("The silo has not started.");

    public async Task InitializeAsync() => _silo = await EmbeddedSilo.StartAsync();

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
