namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>roles.&lt;role&gt;</c>: <c>{annual_salary: 30000, on_cost_factor: 1.3}</c>.</summary>
public sealed record RoleCost
{
    /// <summary><c>annual_salary</c> in pounds, 0..500000.</summary>
    public double AnnualSalary { get; init; }

    /// <summary><c>on_cost_factor</c>: employer costs multiplier, 1..3.</summary>
    public double OnCostFactor { get; init; } = 1.3;

    public double AnnualCostPerFte => AnnualSalary * OnCostFactor;
}
