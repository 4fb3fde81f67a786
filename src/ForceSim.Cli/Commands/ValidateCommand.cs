using System.CommandLine;
using ForceSim.Model.Loading;

namespace ForceSim.Cli.Commands;

/// <summary><c>forcesim validate SCENARIO</c>: list every problem with file, line and key path; exit 2 if there are any.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var command = new Command("validate", "Check a scenario file and list every problem in it.") { scenario };
        command.SetAction(parse => Execute(parse.GetValue(scenario)!));
        return command;
    }

    private static int Execute(string path)
    {
        var loaded = ScenarioLoader.LoadFile(path);
        if (!loaded.IsValid)
        {
            Console.Error.WriteLine($"{path}: {loaded.Problems.Count} problem(s):");
            foreach (var problem in loaded.Problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.BadInput;
        }

        var s = loaded.Scenario!;
        var types = s.Forces.Sum(f => f.IncidentTypes.Count);
        Console.WriteLine($"{path}: valid — \"{s.Name}\": {s.Forces.Count} force(s), {s.ControlRooms.Count} control room(s), {types} incident type(s).");
        return ExitCodes.Success;
    }
}
