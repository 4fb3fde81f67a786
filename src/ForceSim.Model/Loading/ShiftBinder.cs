using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>
/// Binds shifts, <c>{name, start_hour, hours, staff}</c> for call handlers or <c>{…, units}</c> for response units.
/// </summary>
internal static class ShiftBinder
{
    /// <summary>Binds list items whose head count is given under <paramref name="countKey"/>; items that are not mappings are reported and skipped.</summary>
    public static IReadOnlyList<StaffShift> Bind(BindContext context, IReadOnlyList<ValueNode> items, string countKey)
    {
        var shifts = new List<StaffShift>(items.Count);
        foreach (var item in items)
        {
            if (MappingReader.Open(context, item.Node, item.Path) is { } reader)
            {
                shifts.Add(Bind(reader, countKey));
            }
        }

        return shifts;
    }

    private static StaffShift Bind(MappingReader reader, string countKey)
    {
        var defaults = new StaffShift();
        return new StaffShift
        {
            Name = reader.Text("name", defaults.Name),
            StartHour = reader.RequiredNumber("start_hour", new NumberRange(0, 24, MaxExclusive: true)),
            Hours = reader.Number("hours", defaults.Hours, NumberRange.Between(0.5, 24)),
            Count = reader.RequiredInteger(countKey, 0, SettingLimits.MaxShiftCount),
            Stations = countKey == "units" ? Stations(reader) : defaults.Stations,
        };
    }

    /// <summary><c>stations: {station id: units}</c> of a response shift; checked against the geography later.</summary>
    private static IReadOnlyDictionary<string, int> Stations(MappingReader reader)
    {
        var stations = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.Mapping("stations") is not { } mapping)
        {
            return new StaffShift().Stations;
        }

        foreach (var (key, value) in mapping.All())
        {
            stations[key] = (int?)ScalarReader.Integer(reader.Context, value.Node, value.Path, 0, SettingLimits.MaxShiftCount) ?? 0;
        }

        return stations;
    }
}
