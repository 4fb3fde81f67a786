using System.Text.Json;
using ForceSim.Experiments.Jobs;

namespace ForceSim.Web.Api;

/// <summary>POST /api/budgets: an annual sum (negative for a cut) and the roles on offer for a scenario → the recommended mix.</summary>
public sealed record BudgetBody
{
    /// <summary>A shipped scenario's name or a scenario's YAML text.</summary>
    public required string Scenario { get; init; }

    /// <summary>Pounds a year: positive to buy staff, negative to cut.</summary>
    public required double Extra { get; init; }

    /// <summary>Role keys (e.g. <c>call_handler</c>); none: every role the scenario costs.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Replications per mix (default 4).</summary>
    public int? Replications { get; init; }

    /// <summary>Most mixes to simulate (default 20).</summary>
    public int? MaxEvaluations { get; init; }

    /// <summary>Key path → value changes, as for a run.</summary>
    public Dictionary<string, JsonElement>? Set { get; init; }

    public BudgetJobRequest ToRequest()
    {
        var request = new BudgetJobRequest { Scenario = Scenario, Extra = Extra, Roles = Roles ?? [], Set = RunBody.Texts(Set) };
        return request with
        {
            Replications = Replications ?? request.Replications,
            MaxEvaluations = MaxEvaluations ?? request.MaxEvaluations,
        };
    }
}
