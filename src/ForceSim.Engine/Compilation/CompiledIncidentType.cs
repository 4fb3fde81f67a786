using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>An incident type with its samplers and recording chances ready for the hot loop.</summary>
public sealed class CompiledIncidentType
{
    public CompiledIncidentType(IncidentType type, RecordingSettings recording)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(recording);
        Settings = type;
        OnScene = new Sampler(type.OnSceneMinutes);
        RecordingProbability = recording.Probability.TryGetValue(type.CrimeClass, out var p) ? p : 1.0;
        IsViolence = recording.ViolenceClasses.Contains(type.CrimeClass);
    }

    public IncidentType Settings { get; }

    public Sampler OnScene { get; }

    public double RecordingProbability { get; }

    public bool IsViolence { get; }
}
