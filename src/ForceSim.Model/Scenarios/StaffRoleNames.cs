using ForceSim.Model.Loading;

namespace ForceSim.Model.Scenarios;

/// <summary>The YAML spelling of each staff role (<c>costs.roles.call_handler</c>), which files and options use too.</summary>
public static class StaffRoleNames
{
    /// <summary>E.g. <c>call_handler</c>.</summary>
    public static string Key(StaffRole role) => ScenarioNames.StaffRoles.NameOf(role);

    /// <summary>The role spelt <paramref name="key"/>, or null when no role is spelt so.</summary>
    public static StaffRole? Parse(string key) =>
        ScenarioNames.StaffRoles.TryParse(key, out var role) ? role : null;
}
