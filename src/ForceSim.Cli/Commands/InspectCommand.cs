using System.CommandLine;
using System.Globalization;
using ForceSim.Cli.Terminal;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.PatrolUnits;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim inspect victim|unit ID SCENARIO</c>: replays one replication in memory (same seed, so the same
/// world as <c>run</c>) and shows one entity: a victim's journey, or a response unit's shift log and utilisation.
/// </summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var command = new Command("inspect", "Show one victim's journey or one response unit's shift log from a replication.");
        command.Subcommands.Add(Entity("victim", "A victim id, as printed by run (e.g. in the missed repeat victims).", Victim));
        command.Subcommands.Add(Entity("unit", "A response unit's global index (0 = the first force's first unit).", Unit));
        return command;
    }

    private static Command Entity(string name, string idHelp, Func<InProcessRun, CompiledScenario, long, int> show)
    {
        var id = new Argument<long>("id") { Description = idHelp };
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var replication = new Option<int>("--replication", "-n") { Description = "Which replication to replay (default 0).", DefaultValueFactory = _ => 0 };
        var seed = new Option<long?>("--seed", "-s") { Description = "Run seed (overrides run.seed)." };
        var set = ScenarioInput.CreateSetOption();
        var command = new Command(name, $"Show one {name}.") { id, scenario, replication, seed, set };
        command.SetAction(parse =>
        {
            var loaded = ScenarioInput.Load(parse.GetValue(scenario)!, seed: parse.GetValue(seed), overrides: parse.GetValue(set) ?? []);
            var n = parse.GetValue(replication);
            if (n < 0 || n >= 10000)
            {
                throw new BadInputException($"--replication must be from 0 to 9999 (got {n}).");
            }

            var model = new CompiledScenario(loaded);
            var run = new InProcessRun(model, n);
            run.Run();
            return show(run, model, parse.GetValue(id));
        });
        return command;
    }

    private static int Victim(InProcessRun run, CompiledScenario model, long id)
    {
        var victim = run.Victim(id) ?? throw new BadInputException($"no victim {id} in this replication (victim ids are printed by 'forcesim run').");
        AnsiConsole.Write(JourneyTable.Build(victim, model.Scenario.Run.StartDate));
        return ExitCodes.Success;
    }

    private static int Unit(InProcessRun run, CompiledScenario model, long id)
    {
        if (id < 0 || id >= model.Units.Length)
        {
            throw new BadInputException($"no unit {id}: units are numbered 0 to {model.Units.Length - 1}.");
        }

        var unit = run.PatrolUnits[(int)id];
        var slot = model.Units[id];
        var force = model.Forces[slot.Force];
        var busy = run.ControlRooms[force.ControlRoom].UnitBusyMinutes((int)id) ?? 0;
        var worked = unit.ShiftLog.Where(s => s.Abstraction == AbstractionReason.None).ToList();
        var onDuty = worked.Sum(s => s.End - s.Start - s.PaperworkMinutes);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Unit {id}: {force.Id}, shift starting {slot.StartMinute / 60:00}:00 for {slot.LengthMinutes / 60:0.#} h"))
            .AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Rostered shifts", unit.ShiftLog.Count.ToString(c));
        table.AddRow("Worked", worked.Count.ToString(c));
        foreach (var reason in unit.ShiftLog.Where(s => s.Abstraction != AbstractionReason.None).GroupBy(s => s.Abstraction).OrderBy(g => g.Key))
        {
            table.AddRow(Markup.Escape($"Abstracted: {reason.Key.ToString().ToLowerInvariant()}"), reason.Count().ToString(c));
        }

        table.AddRow("Paperwork at shift start", $"{worked.Sum(s => s.PaperworkMinutes) / 60:0.0} h");
        table.AddRow("Committed to incidents", $"{busy / 60:0.0} h");
        table.AddRow("Utilisation of time available", onDuty > 0 ? (busy / onDuty).ToString("P0", c) : "–");
        table.AddRow("Overtime", $"{unit.OvertimeMinutes / 60:0.0} h");
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }
}
