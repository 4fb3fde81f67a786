using System.Text;
using System.Text.Json;

namespace ForceSim.Engine.Budgeting;

/// <summary>budget.json: the question (budget, objective, direction), the recommended mix per role and the stop reason.</summary>
public static class BudgetJson
{
    public static string Render(BudgetResult result, BudgetObjective objective, long seed, int replications)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(objective);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("budget_gbp", result.Budget);
            json.WriteString("objective", objective.Text);
            json.WriteString("direction", result.Direction == ObjectiveDirection.Maximise ? "maximise" : "minimise");
            json.WriteNumber("seed", seed);
            json.WriteNumber("replications", replications);
            json.WriteNumber("mixes_evaluated", result.Evaluations);
            json.WriteString("stopped", StopText(result.Stop));
            json.WriteNumber("base_objective", result.Base.Objective.Value);
            json.WriteNumber("recommended_objective", result.Recommended.Objective.Value);
            WriteNumber(json, "change_paired_lower", result.Recommended.Objective.ChangeLower);
            WriteNumber(json, "change_paired_upper", result.Recommended.Objective.ChangeUpper);
            json.WriteNumber("annual_cost_change_gbp", result.Recommended.CumulativeCostGbp);
            json.WriteStartObject("recommended");
            foreach (var step in result.Steps)
            {
                var count = result.Recommended.Mix[step.Role];
                json.WriteStartObject(BudgetSteps.Key(step.Role));
                json.WriteNumber("steps", count);
                json.WriteString("step", step.Description);
                json.WriteNumber("fte", count * step.Fte);
                json.WriteNumber("annual_cost_gbp", count * step.AnnualCostGbp);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string StopText(BudgetStop stop) => stop switch
    {
        BudgetStop.BudgetSpent => "no further step fits the budget left",
        BudgetStop.NoImprovement => "no step that fits improves the objective beyond replication noise (paired 95% CI)",
        BudgetStop.CutReached => "the cut has been found",
        BudgetStop.NothingLeftToCut => "nothing more can be cut: the saving falls short of the cut asked for",
        _ => "the evaluation limit was reached (raise --max-evaluations to search further)",
    };

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
