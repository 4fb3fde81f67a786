namespace ForceSim.Experiments.Levers;

/// <summary>
/// A lever with what the service needs to write it: its path with list items by position (also accepted from the
/// CLI), the shift total a station lever keeps in step, and whether a switch creates a section (mutual aid).
/// </summary>
internal sealed record LeverEntry(Lever Lever, string IndexPath, StationLink? Station = null, bool CreatesSection = false)
{
    /// <summary>Whether <paramref name="name"/> is this lever's id or its path by position.</summary>
    public bool IsNamed(string name) => name == Lever.Id || name == IndexPath;
}

/// <summary>The units of the shift a station's units belong to: they must add up, so a station change moves the total too.</summary>
internal sealed record StationLink(string UnitsPath, int ShiftUnits);
