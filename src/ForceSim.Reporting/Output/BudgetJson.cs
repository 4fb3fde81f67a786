using System.Text;
using System.Text.Json;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Reporting.Output;

/// <summary>budget.json: the question (budget, objective, direction), the recommended mix per role and the stop reason.</summary>
public static class BudgetJson
{
    /// <param name="posterior">With <c>--posterior</c>: the split of the recommendation's change, written as an additive <c>posterior</c> object.</param>
    public static string Render(BudgetSummary budget, BudgetPosterior? posterior = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("budget_gbp", budget.Budget);
            json.WriteString("objective", budget.Objective);
            json.WriteString("direction", budget.Maximise ? "maximise" : "minimise");
            json.WriteNumber("seed", budget.Seed);
            json.WriteNumber("replications", budget.Replications);
            json.WriteNumber("mixes_evaluated", budget.MixesEvaluated);
            json.WriteString("stopped", budget.Stopped);
            json.WriteNumber("base_objective", budget.Base.Objective);
            json.WriteNumber("recommended_objective", budget.Recommendation.Objective);
            WriteNumber(json, "change_paired_lower", budget.Recommendation.ChangeLower);
            WriteNumber(json, "change_paired_upper", budget.Recommendation.ChangeUpper);
            json.WriteNumber("annual_cost_change_gbp", budget.Recommendation.CumulativeCostGbp);
            json.WriteStartObject("recommended");
            foreach (var role in budget.Recommended)
            {
                json.WriteStartObject(StaffRoleNames.Key(role.Role));
                json.WriteNumber("steps", role.Steps);
                json.WriteString("step", role.Step);
                json.WriteNumber("fte", role.Fte);
                json.WriteNumber("annual_cost_gbp", role.AnnualCostGbp);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            WriteTrials(json, budget.Trials);
            posterior?.Write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Every step tried: what it did to the objective (paired 95% CI of its own change), its cost and whether it was taken.</summary>
    private static void WriteTrials(Utf8JsonWriter json, IReadOnlyList<BudgetTrialRow> trials)
    {
        json.WriteStartArray("steps_tried");
        foreach (var trial in trials)
        {
            json.WriteStartObject();
            json.WriteNumber("round", trial.Round);
            json.WriteString("role", StaffRoleNames.Key(trial.Role));
            json.WriteNumber("step_cost_gbp", trial.StepCostGbp);
            json.WriteNumber("objective", trial.Objective);
            json.WriteNumber("change", trial.Change);
            WriteNumber(json, "change_paired_lower", trial.ChangeLower);
            WriteNumber(json, "change_paired_upper", trial.ChangeUpper);
            json.WriteBoolean("taken", trial.Taken);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
