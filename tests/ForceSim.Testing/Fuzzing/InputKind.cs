namespace ForceSim.Testing.Fuzzing;

/// <summary>Which loader reads a shipped YAML file: the folder under <c>scenarios/</c> decides.</summary>
public enum InputKind
{
    /// <summary>A scenario or a what-if overlay that extends one.</summary>
    Scenario,

    /// <summary>A grading rubric (<c>scenarios/rubrics</c>).</summary>
    Rubric,

    /// <summary>Declared assumptions for sensitivity analysis (<c>scenarios/assumptions</c>).</summary>
    Assumptions,

    /// <summary>A sweep or sensitivity experiment (<c>scenarios/experiments</c>).</summary>
    Experiment,

    /// <summary>Calibration targets (<c>scenarios/calibration</c>).</summary>
    Targets,
}
