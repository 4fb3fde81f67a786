using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>The levers of one scenario, in group order, and how a change names one of them.</summary>
internal sealed class LeverCatalogue
{
    public LeverCatalogue(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Entries =
        [
            .. CallHandlerLevers.Of(scenario)
                .Concat(ResponseLevers.Of(scenario))
                .Concat(TriageLevers.Of(scenario))
                .Concat(InvestigationLevers.Of(scenario))
                .Concat(MutualAidLevers.Of(scenario))
                .OrderBy(e => e.Lever.Group),
        ];
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<LeverEntry> Entries { get; }

    /// <summary>The lever a change names (by id or by its path with list items by position); otherwise a request error.</summary>
    public LeverEntry Find(string name)
    {
        if (Entries.FirstOrDefault(e => e.IsNamed(name)) is { } entry)
        {
            return entry;
        }

        var hint = Suggestions.Closest(name, Entries.Select(e => e.Lever.Id)) is { } near
            ? $"did you mean '{near}'?"
            : "run 'forcesim levers SCENARIO' to list them.";
        throw new InvalidRequestException($"--set {name}: not a lever of '{Scenario.Name}'; {hint}");
    }

    /// <summary>Each change resolved against its lever; a lever changed twice is refused.</summary>
    public IReadOnlyList<ResolvedChange> Resolve(IReadOnlyList<LeverChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var resolved = new List<ResolvedChange>(changes.Count);
        foreach (var change in changes)
        {
            var entry = Find(change.Lever);
            if (resolved.Any(r => ReferenceEquals(r.Entry, entry)))
            {
                throw new InvalidRequestException($"--set {entry.Lever.Id}: changed twice; give each lever one value.");
            }

            resolved.Add(new ResolvedChange(entry, LeverValue.Resolve(entry.Lever, change.Value)));
        }

        return resolved;
    }
}
