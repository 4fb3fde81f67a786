using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Inspecting;
using Spectre.Console;
using Spectre.Console.Rendering;

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
        command.Subcommands.Add(Entity("victim", "A victim id, as printed by run (e.g. in the missed repeat victims).", async (request, id, cancel) =>
        {
            var victim = await InspectService.VictimAsync(request, id, cancel).ConfigureAwait(false);
            return JourneyTable.Build(victim.Journey, victim.StartDate);
        }));
        command.Subcommands.Add(Entity("unit", "A response unit's global index (0 = the first force's first unit).", async (request, id, cancel) =>
            UnitTable.Build(await InspectService.UnitAsync(request, id, cancel).ConfigureAwait(false))));
        return command;
    }

    private static Command Entity(string name, string idHelp, Func<InspectRequest, long, CancellationToken, Task<IRenderable>> show)
    {
        var id = new Argument<long>("id") { Description = idHelp };
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var replication = new Option<int>("--replication", "-n") { Description = "Which replication to replay (default 0).", DefaultValueFactory = _ => 0 };
        var seed = new Option<long?>("--seed", "-s") { Description = "Run seed (overrides run.seed)." };
        var set = SetOption.Create();
        var host = HostOption.Create();
        var command = new Command(name, $"Show one {name}.") { id, scenario, replication, seed, set, host };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new InspectRequest
            {
                ScenarioPath = parse.GetValue(scenario)!,
                AllowOutsideReferences = parse.GetValue(outside),
                Seed = parse.GetValue(seed),
                Overrides = parse.GetValue(set) ?? [],
                Replication = parse.GetValue(replication),
                Host = HostOption.Parse(parse.GetValue(host)!),
            };
            using var cancel = new CancelOnCtrlC(cancellationToken);
            AnsiConsole.Write(await show(request, parse.GetValue(id), cancel.Token).ConfigureAwait(false));
            return ExitCodes.Success;
        });
        return command;
    }
}
