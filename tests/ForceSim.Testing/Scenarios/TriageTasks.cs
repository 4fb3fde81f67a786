using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Scenarios;

/// <summary>Triage tasks (the structured assessment, the repeat-victim check) for tests that need them always or never done.</summary>
public static class TriageTasks
{
    /// <summary>Done on every call, whatever the pressure, at no cost in handling time.</summary>
    public static TriageTask Always { get; } = new() { MandatoryChannels = [Channel.Emergency, Channel.NonEmergency, Channel.Online] };

    /// <summary>Never done (and, for the check, set the policy so a structured assessment does not prompt it either).</summary>
    public static TriageTask Never { get; } = new() { Compliance = PressureCurve.Constant(0) };

    /// <summary>Done on this share of calls whatever the pressure, at no cost in handling time.</summary>
    public static TriageTask Share(double share) => new() { Compliance = PressureCurve.Constant(share) };

    /// <summary>A repeat-victim check never done, not even prompted by a structured assessment.</summary>
    public static TriagePolicy WithoutRepeatChecks(this TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy with { RepeatVictimCheck = Never, CheckPromptedByStructuredAssessment = false };
    }

    /// <summary>A repeat-victim check on every call that finds every earlier contact on record.</summary>
    public static TriagePolicy WithPerfectRepeatChecks(this TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy with { RepeatVictimCheck = Always, RecordsMatch = new RecordsMatch() };
    }
}
