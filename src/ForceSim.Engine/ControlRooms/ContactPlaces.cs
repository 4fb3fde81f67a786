using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Where each contact of a force with geography arises, and how its journey varies. The draws come from streams of
/// their own (per force, and per channel or for repeat calls), so adding geography shifts no other stream's draws,
/// and the journey factor has its own stream so changing the variability leaves every area unchanged.
/// </summary>
public sealed class ContactPlaces
{
    /// <summary>Stream index for repeat calls, after the channels.</summary>
    public const int Repeat = ChannelIndex.Channels;

    private readonly CompiledScenario _model;
    private readonly SeededRandom?[,] _areaStreams;
    private readonly SeededRandom?[,] _journeyStreams;

    public ContactPlaces(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        _model = model;
        _areaStreams = new SeededRandom?[model.Forces.Length, Repeat + 1];
        _journeyStreams = new SeededRandom?[model.Forces.Length, Repeat + 1];
        foreach (var f in room.Forces)
        {
            var force = model.Forces[f];
            if (force.Geography is not { } geography)
            {
                continue;
            }

            for (var s = 0; s <= Repeat; s++)
            {
                var name = s == Repeat ? "repeat" : ((Channel)s).ToString();
                _areaStreams[f, s] = context.Stream($"areas:{force.Id}:{name}");
                _journeyStreams[f, s] = geography.Variability is null ? null : context.Stream($"journeys:{force.Id}:{name}");
            }
        }
    }

    /// <summary>
    /// The contact's area and journey factor, and whether it is urban: the area's setting decides, or, for an area
    /// without one (and a force without geography), the draw <paramref name="uUrban"/> against <c>travel.urban_share</c>.
    /// </summary>
    public (int Area, double JourneyFactor, bool Urban) Draw(int force, int stream, Channel channel, double uUrban)
    {
        var compiled = _model.Forces[force];
        var urban = uUrban < compiled.Settings.Travel.UrbanShare;
        if (compiled.Geography is not { } geography)
        {
            return (0, 1, urban);
        }

        var area = geography.PickArea(channel, _areaStreams[force, stream]!.NextDouble());
        var factor = geography.Variability is { } variability ? variability.Sample(_journeyStreams[force, stream]!) : 1;
        var setting = geography.AreaUrban[area];
        return (area, factor, setting < 0 ? urban : setting == 1);
    }
}
