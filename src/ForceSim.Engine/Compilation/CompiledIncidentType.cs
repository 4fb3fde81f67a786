using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>An incident type with its samplers and the crimes it may hold ready for the hot loop.</summary>
public sealed class CompiledIncidentType
{
    /// <param name="classIndex">The index of a crime class among the scenario's classes.</param>
    public CompiledIncidentType(IncidentType type, RecordingSettings recording, Func<string, int> classIndex)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(classIndex);
        Settings = type;
        OnScene = new Sampler(type.OnSceneMinutes);
        Crime = Compile(type.CrimeProbability, type.CrimeClass, recording, classIndex);
        Further = [.. type.AdditionalCrimes.Select(c => Compile(c.Probability, c.Class, recording, classIndex))];
        Disclosed = type.DisclosedCrime is { } disclosed ? Compile(disclosed.Probability, disclosed.Class, recording, classIndex) : null;
    }

    public IncidentType Settings { get; }

    public Sampler OnScene { get; }

    /// <summary>The crime the caller reports, when the incident is one.</summary>
    public CompiledCrime Crime { get; }

    /// <summary>Further crimes the same incident may hold.</summary>
    public CompiledCrime[] Further { get; }

    /// <summary>A crime that may come to light at attendance when the incident was not reported as one.</summary>
    public CompiledCrime? Disclosed { get; }

    public double RecordingProbability => Crime.RecordingProbability;

    public bool IsViolence => Crime.IsViolence;

    private static CompiledCrime Compile(double probability, string crimeClass, RecordingSettings recording, Func<string, int> classIndex) => new(
        probability,
        crimeClass.Length == 0 ? -1 : classIndex(crimeClass),
        recording.Probability.TryGetValue(crimeClass, out var p) ? p : 1.0,
        recording.ViolenceClasses.Contains(crimeClass));
}
