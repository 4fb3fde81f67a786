using System.Globalization;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>Investigators and supervisors of each force that investigates its crimes.</summary>
internal static class InvestigationLevers
{
    public static IEnumerable<LeverEntry> Of(Scenario scenario)
    {
        for (var f = 0; f < scenario.Forces.Count; f++)
        {
            var force = scenario.Forces[f];
            if (force.Investigation is not { } investigation)
            {
                continue;
            }

            var place = force.Name.Length > 0 ? force.Name : force.Id;
            var per = investigation.Supervisors > 0
                ? string.Format(CultureInfo.InvariantCulture, " Today one supervisor per {0:0.#} investigators.", (double)investigation.Investigators / investigation.Supervisors)
                : "";
            yield return Entry(f, force.Id, place, "investigators", "Investigators",
                "Officers and staff who work allocated crimes' lines of enquiry and update victims (FTE)." + per,
                investigation.Investigators, SettingLimits.MinInvestigators, SettingLimits.MaxInvestigators, StaffRole.Investigator);
            yield return Entry(f, force.Id, place, "supervisors", "Supervisors",
                "Sergeants who review new crimes (setting an investigation plan) and open cases at intervals (FTE)." + per,
                investigation.Supervisors, 0, SettingLimits.MaxSupervisors, StaffRole.Supervisor);
        }
    }

    private static LeverEntry Entry(int index, string id, string place, string key, string label, string help, int current, int min, int max, StaffRole role) =>
        new(new Lever
        {
            Id = $"forces.{id}.investigation.{key}",
            Group = LeverGroup.Investigation,
            Place = place,
            Label = label,
            Help = help,
            Paths = [$"forces.{id}.investigation.{key}"],
            Kind = LeverKind.Count,
            Current = ShiftText.Number(current),
            Min = min,
            Max = max,
            Unit = "FTE",
            Role = role,
        }, $"forces[{index}].investigation.{key}");
}
