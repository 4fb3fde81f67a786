using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds <c>costs</c>: productive hours per FTE and pay per role; roles left out are absent from <see cref="CostSettings.Roles"/>.</summary>
internal static class CostBinder
{
    public static CostSettings Bind(MappingReader reader)
    {
        var defaults = new CostSettings();
        var roles = new Dictionary<StaffRole, RoleCost>();
        var productiveHours = reader.Number("productive_hours_per_fte", defaults.ProductiveHoursPerFte, NumberRange.Between(1000, 2200));
        if (reader.Mapping("roles") is { } rolesReader)
        {
            foreach (var role in ScenarioNames.StaffRoles.Values)
            {
                if (rolesReader.Mapping(ScenarioNames.StaffRoles.NameOf(role)) is { } roleReader)
                {
                    roles[role] = Role(roleReader);
                }
            }
        }

        return new CostSettings { ProductiveHoursPerFte = productiveHours, Roles = roles };
    }

    private static RoleCost Role(MappingReader reader)
    {
        var defaults = new RoleCost();
        return new RoleCost
        {
            AnnualSalary = reader.Number("annual_salary", defaults.AnnualSalary, NumberRange.Between(0, 500_000)),
            OnCostFactor = reader.Number("on_cost_factor", defaults.OnCostFactor, NumberRange.Between(1, 3)),
        };
    }
}
