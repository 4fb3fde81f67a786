using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>A control room's channel settings as samplers.</summary>
public sealed class CompiledChannel
{
    public CompiledChannel(ChannelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Handle = new Sampler(settings.HandleMinutes);
        Patience = settings.PatienceSeconds is null ? null : new Sampler(settings.PatienceSeconds);
        SpillDelay = settings.SpillToEmergency is null ? null : new Sampler(settings.SpillToEmergency.DelayMinutes);
        Grading = settings.GradingMinutes is null ? null : new Sampler(settings.GradingMinutes);
    }

    /// <summary>Null when the incident is graded at the end of handling.</summary>
    public Sampler? Grading { get; }

    public ChannelSettings Settings { get; }

    public Sampler Handle { get; }

    /// <summary>Null when callers never hang up.</summary>
    public Sampler? Patience { get; }

    public Sampler? SpillDelay { get; }

    public double SpillProbability => Settings.SpillToEmergency?.Probability ?? 0;

    public double AnswerTargetMinutes => Settings.AnswerTargetSeconds / 60.0;
}
