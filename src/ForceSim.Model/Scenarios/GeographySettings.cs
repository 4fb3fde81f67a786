namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>geography</c> of a force: the places incidents arise in and the bases units work from. Absent, the
/// force is one place, exactly as before geography existed.
/// </summary>
public sealed record GeographySettings
{
    /// <summary><c>areas</c>: 1..60 areas whose demand shares sum to 1 on each channel.</summary>
    public required IReadOnlyList<AreaSettings> Areas { get; init; }

    /// <summary><c>stations</c>: 1..200 response bases, each in one of the areas.</summary>
    public required IReadOnlyList<StationSettings> Stations { get; init; }

    /// <summary>Index of the area with <paramref name="id"/>, or -1.</summary>
    public int AreaIndex(string id)
    {
        for (var i = 0; i < Areas.Count; i++)
        {
            if (Areas[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the station with <paramref name="id"/>, or -1.</summary>
    public int StationIndex(string id)
    {
        for (var i = 0; i < Stations.Count; i++)
        {
            if (Stations[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
