using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// How long the first unit takes to reach an incident: drawn from a distribution, or by the square-root law,
/// where the nearest of n units spread over an area A is a Rayleigh-distributed distance with mean k·sqrt(A/n).
/// Units are assumed spread in proportion to demand between urban and rural areas.
/// </summary>
public sealed class TravelTime
{
    private readonly TravelSettings _travel;

    public TravelTime(TravelSettings travel)
    {
        ArgumentNullException.ThrowIfNull(travel);
        _travel = travel;
    }

    /// <summary>Minutes from dispatch to arrival, given how many units were free to choose from.</summary>
    public double Minutes(Contact incident, int availableUnits)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var travel = _travel;
        if (travel.Model == TravelModel.Distribution)
        {
            return incident.TravelDraw;
        }

        var zoneArea = travel.AreaKm2 * (incident.Urban ? travel.UrbanAreaShare : 1 - travel.UrbanAreaShare);
        var zoneUnits = Math.Max(1.0, availableUnits * (incident.Urban ? travel.UrbanShare : 1 - travel.UrbanShare));
        var straightLine = Math.Sqrt(-Math.Log(1 - incident.TravelDraw) * zoneArea / (Math.PI * zoneUnits));
        var roadKm = straightLine * (travel.K / 0.5);
        var speed = incident.Urban ? travel.UrbanSpeedKmh : travel.RuralSpeedKmh;
        return travel.MobiliseMinutes + (roadKm / speed * 60.0);
    }
}
