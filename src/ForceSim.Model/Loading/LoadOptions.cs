namespace ForceSim.Model.Loading;

/// <summary>What the user allows a scenario to do beyond the default limits; given per request, never held globally.</summary>
public sealed record LoadOptions
{
    /// <summary>The defaults: a scenario's <c>extends:</c> and <c>rubric:</c> must stay inside its tree (see docs/scenario-format.md, "Limits").</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Let <c>extends:</c> and <c>rubric:</c> name files outside the scenario's tree, or by absolute path (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }
}
