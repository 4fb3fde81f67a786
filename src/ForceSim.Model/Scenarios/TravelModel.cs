namespace ForceSim.Model.Scenarios;

/// <summary>How travel time to an incident is found.</summary>
public enum TravelModel
{
    /// <summary>Square-root law: distance ≈ k·sqrt(area / available units), at urban or rural speed.</summary>
    SquareRoot,

    /// <summary>A travel-time distribution in minutes.</summary>
    Distribution,

    /// <summary>Expected minutes between areas from <c>travel.matrix</c>, from where the unit sent is now (needs geography).</summary>
    Matrix,
}
