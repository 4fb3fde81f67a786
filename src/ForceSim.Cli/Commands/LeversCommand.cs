using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Levers;
using ForceSim.Experiments.Scenarios;
using ForceSim.Reporting.Output;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim levers SCENARIO [--set PATH=VALUE …] [--overlay-out FILE]</c>: the settings a chief officer changes,
/// with their values; with changes, their annual cost by the scenario's own costs, and the changes as an overlay file.
/// </summary>
public static class LeversCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var set = SetOption.Create();
        set.Description = "Move a lever, e.g. --set forces.cambridgeshire.investigation.supervisors=+5 (its key path as listed). Repeatable.";
        var overlayOut = new Option<string?>("--overlay-out") { Description = "Write the changes as an overlay YAML file that extends the scenario.", HelpName = "FILE" };
        var name = new Option<string?>("--name") { Description = "The overlay scenario's name (default: the base's)." };
        var outside = OutsideReferencesOption.Create();
        var command = new Command("levers", "List the settings a chief officer changes; price changes and write them as an overlay.")
        {
            scenario, set, overlayOut, name, outside,
        };
        command.SetAction(parse => Execute(
            new ScenarioSource(parse.GetValue(scenario)!, Options: ScenarioInput.Options(parse.GetValue(outside))),
            [.. (parse.GetValue(set) ?? []).Select(LeverChange.Parse)],
            parse.GetValue(overlayOut),
            parse.GetValue(name)));
        return command;
    }

    private static int Execute(ScenarioSource source, IReadOnlyList<LeverChange> changes, string? overlayOut, string? name)
    {
        var baseline = source.Load();
        AnsiConsole.Write(LeverTables.Catalogue(baseline.Name, LeverService.Catalogue(baseline)));
        if (changes.Count == 0)
        {
            return ExitCodes.Success;
        }

        var price = LeverService.Price(source, changes);
        AnsiConsole.Write(LeverTables.Price(price));
        if (price.UnpricedRoles.Count > 0)
        {
            Console.WriteLine($"No pay in the scenario's costs for: {string.Join(", ", price.UnpricedRoles)} (costs.roles); shown as £0.");
        }

        var overlay = LeverService.Overlay(source, changes, overlayOut, name);
        Console.WriteLine("The same as --set options:");
        foreach (var option in overlay.SetOptions)
        {
            Console.WriteLine($"  --set '{option}'");
        }

        if (overlayOut is not null)
        {
            AtomicFile.WriteAllText(overlayOut, overlay.Yaml);
            Console.WriteLine($"Overlay written to {overlayOut}");
        }

        return ExitCodes.Success;
    }
}
