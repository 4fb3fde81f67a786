using ForceSim.Engine.Compilation;
using ForceSim.Engine.Investigations;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Processes;

/// <summary>
/// One logical process of a scenario, built as the in-process host builds it and handed to a <see cref="ProcessDriver{TProcess}"/>,
/// e.g. <c>Drive.PatrolUnit(TestScenarios.OneForce())</c>, or all of them together in a <see cref="ReplicationDriver"/>. Pass a
/// compiled scenario to drive many processes of one model.
/// </summary>
public static class Drive
{
    public static ProcessDriver<PatrolUnitProcess> PatrolUnit(Scenario scenario, int unit = 0, int replication = 0) =>
        PatrolUnit(new CompiledScenario(scenario), unit, replication);

    public static ProcessDriver<PatrolUnitProcess> PatrolUnit(CompiledScenario model, int unit = 0, int replication = 0) =>
        new(model, new PatrolUnitProcess(model, unit, replication));

    public static ProcessDriver<VictimProcess> Victim(Scenario scenario, long victimId, int replication = 0) =>
        Victim(new CompiledScenario(scenario), victimId, replication);

    /// <summary>A victim with a generator of its own to draw through (a host lends one shared generator to all its victims).</summary>
    public static ProcessDriver<VictimProcess> Victim(CompiledScenario model, long victimId, int replication = 0) =>
        new(model, new VictimProcess(model, victimId, replication, new SeededRandom(0)));

    /// <summary>A victim brought back from <paramref name="snapshot"/>, driven on from the boundary at <paramref name="now"/>.</summary>
    public static ProcessDriver<VictimProcess> RestoredVictim(CompiledScenario model, VictimSnapshot snapshot, double now, int replication = 0) =>
        new(model, VictimProcess.Restore(model, snapshot, replication, new SeededRandom(0)), now);

    public static ProcessDriver<InvestigationProcess> Investigation(Scenario scenario, int force = 0, int replication = 0) =>
        Investigation(new CompiledScenario(scenario), force, replication);

    public static ProcessDriver<InvestigationProcess> Investigation(CompiledScenario model, int force = 0, int replication = 0) =>
        new(model, new InvestigationProcess(model, force, replication));

    /// <summary>Every process of one replication together, with the messages between them routed by the window protocol.</summary>
    public static ReplicationDriver Replication(Scenario scenario, int replication = 0) =>
        new(new CompiledScenario(scenario), replication);
}
