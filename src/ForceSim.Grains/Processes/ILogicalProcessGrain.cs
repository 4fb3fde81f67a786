namespace ForceSim.Grains.Processes;

/// <summary>
/// A grain hosting one LP of one run. Key: the LP's id, with the run id (a Guid, "N" format) as key extension.
/// The coordinator drives it window by window; it never calls other LPs itself.
/// </summary>
public interface ILogicalProcessGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Messages the LP owes before the first window.</summary>
    Task<StepResult> Start();

    /// <summary>Delivers the window's messages, then processes the LP's events before the window end.</summary>
    Task<StepResult> Step(StepRequest request);

    /// <summary>The LP's measures at the end of the run, as a tally of its own (encoded by the engine's tally codec).</summary>
    Task<byte[]> Collect();

    /// <summary>The run is over and its owner is done with it: the grain leaves memory.</summary>
    Task Release();
}
