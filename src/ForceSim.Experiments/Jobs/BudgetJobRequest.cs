namespace ForceSim.Experiments.Jobs;

/// <summary>A budget search a web client asks for: a shipped scenario, an annual sum (negative for a cut) and the roles on offer.</summary>
public sealed record BudgetJobRequest
{
    public required string Scenario { get; init; }

    /// <summary>Pounds a year: positive to buy staff, negative to cut.</summary>
    public required double Extra { get; init; }

    /// <summary>Role keys (e.g. <c>call_handler</c>); empty: every role the scenario costs.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public int Replications { get; init; } = 4;

    /// <summary>Most mixes to simulate.</summary>
    public int MaxEvaluations { get; init; } = 20;

    public IReadOnlyDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();
}
