using System.Globalization;
using System.Text.Json;
using ForceSim.Experiments.Levers;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Jobs;

/// <summary>One role in a recommended mix: how many steps of it, their FTE and annual cost.</summary>
public sealed record BudgetRoleRow(string Role, int Steps, string Step, string Fte, string AnnualCost);

/// <summary>A finished budget search's budget.json read back for a page: the recommended mix, its cost and what it achieves.</summary>
public sealed record BudgetView(string Objective, string Budget, string CostChange, string BaseObjective, string RecommendedObjective, string Stopped, IReadOnlyList<BudgetRoleRow> Roles)
{
    public static BudgetView Read(string budgetJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(budgetJson));
        var root = document.RootElement;
        var c = CultureInfo.InvariantCulture;
        var roles = root.GetProperty("recommended").EnumerateObject().Select(r => new BudgetRoleRow(
            r.Name.Replace('_', ' '),
            r.Value.GetProperty("steps").GetInt32(),
            r.Value.GetProperty("step").GetString() ?? "",
            r.Value.GetProperty("fte").GetDouble().ToString("0.0", c),
            LeverService.Pounds(r.Value.GetProperty("annual_cost_gbp").GetDouble()))).ToList();
        var objective = root.GetProperty("objective").GetString() ?? "";
        var unit = MeasureLabels.UnitOf(objective);
        return new BudgetView(
            MeasureLabels.Of(objective),
            LeverService.Pounds(root.GetProperty("budget_gbp").GetDouble()),
            LeverService.Pounds(root.GetProperty("annual_cost_change_gbp").GetDouble()),
            MeasureFormat.Value(Number(root, "base_objective"), unit),
            MeasureFormat.Value(Number(root, "recommended_objective"), unit),
            root.GetProperty("stopped").GetString() ?? "",
            roles);
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
