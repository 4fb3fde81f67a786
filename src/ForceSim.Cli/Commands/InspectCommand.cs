using System.CommandLine;
using ForceSim.Cli.Hosts;
using ForceSim.Cli.Terminal;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Processes;
using ForceSim.Grains.Runs;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim inspect victim|unit ID SCENARIO</c>: runs one replication (same seed, so the same world as <c>run</c>)
/// and shows one entity: a victim's journey, or a response unit's shift log and utilisation. With <c>--host grains</c>
/// the replication runs as grains in an embedded silo and the entity's grain is asked.
/// </summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var command = new Command("inspect", "Show one victim's journey or one response unit's shift log from a replication.");
        command.Subcommands.Add(Entity("victim", "A victim id, as printed by run (e.g. in the missed repeat victims).", ShowVictim));
        command.Subcommands.Add(Entity("unit", "A response unit's global index (0 = the first force's first unit).", ShowUnit));
        return command;
    }

    private delegate Task<int> Show(Source source, CompiledScenario model, long id);

    private static Command Entity(string name, string idHelp, Show show)
    {
        var id = new Argument<long>("id") { Description = idHelp };
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var replication = new Option<int>("--replication", "-n") { Description = "Which replication to replay (default 0).", DefaultValueFactory = _ => 0 };
        var seed = new Option<long?>("--seed", "-s") { Description = "Run seed (overrides run.seed)." };
        var set = ScenarioInput.CreateSetOption();
        var host = HostOption.Create();
        var command = new Command(name, $"Show one {name}.") { id, scenario, replication, seed, set, host };
        command.SetAction(parse =>
        {
            var loaded = ScenarioInput.Load(parse.GetValue(scenario)!, seed: parse.GetValue(seed), overrides: parse.GetValue(set) ?? []);
            var n = parse.GetValue(replication);
            if (n < 0 || n >= 10000)
            {
                throw new BadInputException($"--replication must be from 0 to 9999 (got {n}).");
            }

            var model = new CompiledScenario(loaded);
            if (parse.GetValue(host) == HostOption.Grains)
            {
                return OnGrains(model, n, parse.GetValue(id), show).GetAwaiter().GetResult();
            }

            var run = new InProcessRun(model, n);
            run.Run();
            return show(new Source(run, null, null), model, parse.GetValue(id)).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> OnGrains(CompiledScenario model, int replication, long id, Show show)
    {
        await using var session = await GrainHostSession.StartAsync().ConfigureAwait(false);
        var run = await GrainHostRun.RunAsync(session.Grains, model.Scenario, replication).ConfigureAwait(false);
        return await show(new Source(null, session.Grains, run.Run.ToString("N")), model, id).ConfigureAwait(false);
    }

    private static async Task<int> ShowVictim(Source source, CompiledScenario model, long id)
    {
        var journey = source.Run is { } run
            ? run.Victim(id)?.Describe()
            : await source.Grains!.GetGrain<IVictimGrain>(id, source.RunKey!).Journey().ConfigureAwait(false);
        if (journey is null || journey.Steps.Count == 0)
        {
            throw new BadInputException($"no victim {id} in this replication (victim ids are printed by 'forcesim run').");
        }

        AnsiConsole.Write(JourneyTable.Build(journey, model.Scenario.Run.StartDate));
        return ExitCodes.Success;
    }

    private static async Task<int> ShowUnit(Source source, CompiledScenario model, long id)
    {
        if (id < 0 || id >= model.Units.Length)
        {
            throw new BadInputException($"no unit {id}: units are numbered 0 to {model.Units.Length - 1}.");
        }

        var room = model.Forces[model.Units[id].Force].ControlRoom;
        UnitReport report;
        if (source.Run is { } run)
        {
            report = run.PatrolUnits[(int)id].Describe(run.ControlRooms[room].UnitBusyMinutes((int)id));
        }
        else
        {
            var unit = await source.Grains!.GetGrain<IPatrolUnitGrain>(id, source.RunKey!).Report().ConfigureAwait(false);
            var busy = await source.Grains.GetGrain<IControlRoomGrain>(room, source.RunKey!).UnitBusyMinutes((int)id).ConfigureAwait(false);
            report = unit with { BusyMinutes = busy };
        }

        AnsiConsole.Write(UnitTable.Build(report));
        return ExitCodes.Success;
    }

    /// <summary>Where the entity lives: an in-memory run, or a grain-hosted run's grains.</summary>
    private sealed record Source(InProcessRun? Run, IGrainFactory? Grains, string? RunKey);
}
