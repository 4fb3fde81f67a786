namespace ForceSim.Experiments.Calibration;

/// <summary>The model version a posterior is stamped with (until the shared ModelVersion lands from the posterior-format branch).</summary>
internal static class CalibrationModelVersion
{
    public const int Current = 1;
}
