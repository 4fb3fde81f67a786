using ForceSim.Model.Assumptions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Sensitivity;

/// <summary>What a sensitivity ranking reports while it works, in order: how it starts, then how far it has got.</summary>
public abstract record SensitivityProgress;

/// <summary>Every setting checked and about to run: the scenario, its declarations, how many settings (baseline included) and how many an earlier run saved.</summary>
public sealed record SensitivityStarting(Scenario Scenario, AssumptionSet Assumptions, int Settings, int Resumed) : SensitivityProgress;

/// <summary>Settings finished so far, and replications finished across them all.</summary>
public sealed record SettingsFinished(int Done, int Settings, int ReplicationsDone, int ReplicationsPerSetting) : SensitivityProgress;
