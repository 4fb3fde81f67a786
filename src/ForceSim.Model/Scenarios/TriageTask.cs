namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>triage.structured_assessment</c> or <c>triage.repeat_victim_check</c>: a piece of work a call handler does on
/// a call. Policy makes it mandatory for some channels and incident types; elsewhere it is discretionary, and how often a
/// handler does it depends on how many callers are waiting when the call is answered. It costs handling time, so what is
/// achieved is an outcome of policy, staffing and demand, never a rate the scenario sets.
/// </summary>
public sealed record TriageTask
{
    /// <summary><c>mandatory_for.channels</c>: channels on which the task is always done.</summary>
    public IReadOnlyList<Channel> MandatoryChannels { get; init; } = [];

    /// <summary><c>mandatory_for.incident_types</c>: incident type ids for which the task is always done.</summary>
    public IReadOnlyList<string> MandatoryIncidentTypes { get; init; } = [];

    /// <summary><c>compliance</c>: share of discretionary calls on which it is done, by callers waiting (999 and 101) at answer.</summary>
    public PressureCurve Compliance { get; init; } = PressureCurve.Constant(1);

    /// <summary><c>minutes</c>: handling time the task adds to the call (before the incident is graded).</summary>
    public Distributions.Distribution Minutes { get; init; } = Distributions.Distribution.Constant(0);

    /// <summary>Equal when every setting is: lists compare by their items, as a scenario's values do.</summary>
    public bool Equals(TriageTask? other) =>
        other is not null
        && MandatoryChannels.SequenceEqual(other.MandatoryChannels)
        && MandatoryIncidentTypes.SequenceEqual(other.MandatoryIncidentTypes)
        && Compliance == other.Compliance
        && Minutes == other.Minutes;

    public override int GetHashCode() => HashCode.Combine(MandatoryChannels.Count, MandatoryIncidentTypes.Count, Compliance, Minutes);

    /// <summary>Whether the task is mandatory on every call (every channel listed).</summary>
    public bool MandatoryEverywhere => Enum.GetValues<Channel>().All(MandatoryChannels.Contains);
}
