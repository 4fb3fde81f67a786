namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>response.after_clearing</c>: where a unit goes once it clears an incident (geography only).</summary>
public enum AfterClearing
{
    /// <summary>Drives back to its station, taking the matrix minutes from the scene's area; it can be sent on the way.</summary>
    ReturnToStation,

    /// <summary>Resumes patrol of its station's area at once (the hypercube model's assumption): no journey back.</summary>
    PatrolArea,
}
