using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// Mutual aid of each force with neighbours: joining it (a force without it neither asks nor lends; a file cannot take
/// it away again, so a force already in it is offered its thresholds instead).
/// </summary>
internal static class MutualAidLevers
{
    public static IEnumerable<LeverEntry> Of(Scenario scenario)
    {
        for (var f = 0; f < scenario.Forces.Count; f++)
        {
            var force = scenario.Forces[f];
            if (force.Neighbours.Count == 0)
            {
                continue;
            }

            var place = force.Name.Length > 0 ? force.Name : force.Id;
            var path = $"forces.{force.Id}.mutual_aid";
            if (force.MutualAid is not { } aid)
            {
                var join = new Lever
                {
                    Id = path,
                    Group = LeverGroup.MutualAid,
                    Place = place,
                    Label = "Join mutual aid with neighbouring forces",
                    Help = "Ask neighbours for units when urgent incidents pile up, and lend spare units to them, on the default terms "
                        + "(ask when 5 wait; 2 units for 4 hours; lend while more than 4 are free).",
                    Paths = [path],
                    Kind = LeverKind.Switch,
                    Current = "false",
                    Choices = ["true", "false"],
                    Unit = "on or off",
                };
                yield return new LeverEntry(join, $"forces[{f}].mutual_aid", CreatesSection: true);
                continue;
            }

            yield return Count(f, force.Id, place, "request_when_waiting", "Urgent incidents waiting before asking neighbours for units",
                "Emergency and priority incidents waiting for a unit that make the force ask its neighbours (checked hourly).",
                aid.RequestWhenWaiting, SettingLimits.MinMutualAidRequestWhenWaiting, SettingLimits.MaxMutualAidThreshold, "incidents waiting");
            yield return Count(f, force.Id, place, "lend_when_free", "Units kept free before lending to neighbours",
                "The force lends units only while more than this many of its own stay free.",
                aid.LendWhenFree, 0, SettingLimits.MaxMutualAidThreshold, "units");
            yield return Count(f, force.Id, place, "units", "Units asked for in one request",
                "Units a neighbour is asked to lend each time.", aid.Units, SettingLimits.MinMutualAidUnits, SettingLimits.MaxMutualAidUnits, "units");
        }
    }

    private static LeverEntry Count(int index, string id, string place, string key, string label, string help, int current, int min, int max, string unit) =>
        new(new Lever
        {
            Id = $"forces.{id}.mutual_aid.{key}",
            Group = LeverGroup.MutualAid,
            Place = place,
            Label = label,
            Help = help,
            Paths = [$"forces.{id}.mutual_aid.{key}"],
            Kind = LeverKind.Count,
            Current = ShiftText.Number(current),
            Min = min,
            Max = max,
            Unit = unit,
        }, $"forces[{index}].mutual_aid.{key}");
}
