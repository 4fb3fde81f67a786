using System.Globalization;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// Response units on each shift of each force: per station where the force has stations (the shift's total moves with
/// them, as the loader requires the counts to add up), otherwise per shift; and units kept free for emergencies.
/// </summary>
internal static class ResponseLevers
{
    public static IEnumerable<LeverEntry> Of(Scenario scenario)
    {
        for (var f = 0; f < scenario.Forces.Count; f++)
        {
            var force = scenario.Forces[f];
            var place = force.Name.Length > 0 ? force.Name : force.Id;
            var prefix = $"forces.{force.Id}.response";
            var byIndex = $"forces[{f}].response";
            var response = force.Response;
            for (var k = 0; k < response.Shifts.Count; k++)
            {
                var shift = response.Shifts[k];
                var officers = ShiftText.FtePerHead(shift, scenario.Costs) * response.CrewSize;
                var cost = string.Format(CultureInfo.InvariantCulture,
                    "One more unit every day is {0:0.##} officer FTE (crews of {1}).", officers, response.CrewSize);
                var unitsPath = $"{prefix}.shifts[{k}].units";
                if (shift.Stations.Count == 0)
                {
                    yield return new LeverEntry(Units(place, unitsPath, $"Response units on {ShiftText.Of(shift, k)}",
                        $"Units on duty on this shift every day. {cost}", shift.Count), $"{byIndex}.shifts[{k}].units");
                    continue;
                }

                foreach (var (station, units) in shift.Stations)
                {
                    var name = force.Geography?.Stations.FirstOrDefault(s => s.Id == station) is { Name.Length: > 0 } s ? s.Name : station;
                    var lever = Units(place, $"{prefix}.shifts[{k}].stations.{station}", $"Response units at {name} on {ShiftText.Of(shift, k)}",
                        $"Units based at {name} on this shift every day; the shift's total changes with them. {cost}", units) with
                    {
                        Paths = [$"{prefix}.shifts[{k}].stations.{station}", unitsPath],
                    };
                    yield return new LeverEntry(lever, $"{byIndex}.shifts[{k}].stations.{station}", new StationLink(unitsPath, shift.Count));
                }
            }

            var reserved = new Lever
            {
                Id = $"{prefix}.reserved_for_emergency",
                Group = LeverGroup.Response,
                Place = place,
                Label = "Response units kept free for emergencies",
                Help = "A priority or scheduled incident gets a unit only while more than this many stay free (a booked appointment is exempt).",
                Paths = [$"{prefix}.reserved_for_emergency"],
                Kind = LeverKind.Count,
                Current = ShiftText.Number(response.ReservedForEmergency),
                Min = 0,
                Max = SettingLimits.MaxReservedForEmergency,
                Unit = "units",
            };
            yield return new LeverEntry(reserved, $"{byIndex}.reserved_for_emergency");
        }
    }

    private static Lever Units(string place, string path, string label, string help, int current) => new()
    {
        Id = path,
        Group = LeverGroup.Response,
        Place = place,
        Label = label,
        Help = help,
        Paths = [path],
        Kind = LeverKind.Count,
        Current = ShiftText.Number(current),
        Min = 0,
        Max = SettingLimits.MaxShiftCount,
        Unit = "units per shift",
        Role = StaffRole.ResponseOfficer,
    };
}
