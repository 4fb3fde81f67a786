using ForceSim.Grains.Experiments;

namespace ForceSim.Experiments.Inspecting;

/// <summary>Replay one replication and look at one entity in it (what <c>forcesim inspect</c> asks for).</summary>
public sealed record InspectRequest
{
    public required string ScenarioPath { get; init; }

    /// <summary>Overrides <c>run.seed</c>; the same seed as a run gives the same world.</summary>
    public long? Seed { get; init; }

    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Which replication to replay (0 to 9999).</summary>
    public int Replication { get; init; }

    /// <summary>In memory, or as grains in an embedded silo (then the entity's grain is asked).</summary>
    public ReplicationHost Host { get; init; } = ReplicationHost.InProcess;

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }
}
