using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Wire;

/// <summary>Orleans' compact binary form of a journey step (a resting victim stores hundreds of thousands of them).</summary>
[GenerateSerializer]
public struct JourneyStepSurrogate
{
    [Id(0)] public double Time;
    [Id(1)] public int Kind;
    [Id(2)] public int Grade;
    [Id(3)] public bool Late;
    [Id(4)] public bool Recorded;
    [Id(5)] public bool RepeatIdentified;
    [Id(6)] public double Minutes;
    [Id(7)] public double ConfidenceAfter;
}

[RegisterConverter]
public sealed class JourneyStepConverter : IConverter<JourneyStep, JourneyStepSurrogate>
{
    public JourneyStep ConvertFromSurrogate(in JourneyStepSurrogate surrogate) =>
        new(surrogate.Time, (JourneyKind)surrogate.Kind, (Grade)surrogate.Grade, surrogate.Late, surrogate.Recorded, surrogate.RepeatIdentified, surrogate.Minutes, surrogate.ConfidenceAfter);

    public JourneyStepSurrogate ConvertToSurrogate(in JourneyStep value) => new()
    {
        Time = value.Time,
        Kind = (int)value.Kind,
        Grade = (int)value.Grade,
        Late = value.Late,
        Recorded = value.Recorded,
        RepeatIdentified = value.RepeatIdentified,
        Minutes = value.Minutes,
        ConfidenceAfter = value.ConfidenceAfter,
    };
}
