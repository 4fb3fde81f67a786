using ForceSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Binds a force's <c>geography</c>: its <c>areas</c> (with demand shares) and <c>stations</c>. How the parts fit
/// together (shares summing to 1, stations in known areas) is checked afterwards by <see cref="GeographyChecks"/>.
/// </summary>
internal static class GeographyBinder
{
    public const int MaxAreas = 60;
    public const int MaxStations = 200;

    public static GeographySettings Bind(MappingReader reader)
    {
        var areaItems = reader.NonEmptyList("areas", "area");
        if (areaItems.Count > MaxAreas)
        {
            reader.Report("areas", $"lists {areaItems.Count} areas; at most {MaxAreas} are allowed");
        }

        var stationItems = reader.NonEmptyList("stations", "station");
        if (stationItems.Count > MaxStations)
        {
            reader.Report("stations", $"lists {stationItems.Count} stations; at most {MaxStations} are allowed");
        }

        return new GeographySettings
        {
            Areas = [.. areaItems.Select(item => Area(reader.Context, item)).OfType<AreaSettings>()],
            Stations = [.. stationItems.Select(item => Station(reader.Context, item)).OfType<StationSettings>()],
        };
    }

    private static AreaSettings? Area(BindContext context, ValueNode item)
    {
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return null;
        }

        var id = reader.RequiredIdentifier("id");
        return new AreaSettings
        {
            Id = id,
            Name = reader.Text("name", id),
            Population = reader.Number("population", 0, NumberRange.Between(0, 100_000_000)),
            Setting = reader.Optional("setting") is { } node ? ScalarReader.Choice(context, node, reader.PathOf("setting"), ScenarioNames.AreaSettings) : null,
            DemandShare = Shares(reader),
        };
    }

    /// <summary><c>demand_share</c>: one number for every channel, or a mapping of channel to share.</summary>
    private static Dictionary<Channel, double> Shares(MappingReader reader)
    {
        var shares = new Dictionary<Channel, double>();
        var node = reader.Required("demand_share");
        if (node is null)
        {
            return shares;
        }

        if (node is YamlScalarNode)
        {
            var share = ScalarReader.Number(reader.Context, node, reader.PathOf("demand_share"), NumberRange.Probability) ?? 0;
            foreach (var channel in ScenarioNames.Channels.Values)
            {
                shares[channel] = share;
            }

            return shares;
        }

        var byChannel = MappingReader.Open(reader.Context, node, reader.PathOf("demand_share"));
        foreach (var channel in ScenarioNames.Channels.Values)
        {
            shares[channel] = byChannel?.Number(ScenarioNames.Channels.NameOf(channel), 0, NumberRange.Probability) ?? 0;
        }

        return shares;
    }

    private static StationSettings? Station(BindContext context, ValueNode item)
    {
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return null;
        }

        var id = reader.RequiredIdentifier("id");
        return new StationSettings
        {
            Id = id,
            Name = reader.Text("name", id),
            Area = reader.RequiredText("area"),
        };
    }
}
