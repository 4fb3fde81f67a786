namespace ForceSim.Experiments.Checkpoints;

/// <summary>
/// What a checkpoint that could not be saved leaves behind, for the message: each checkpoint is written atomically,
/// so the ones saved before it stay whole and a later run resumes from them once the fault is cleared.
/// </summary>
internal static class CheckpointFault
{
    public static string Consequence(string pieces) =>
        $"no results were written; the {pieces} finished before it are saved, so running the same command again resumes from them once the fault is cleared";
}
