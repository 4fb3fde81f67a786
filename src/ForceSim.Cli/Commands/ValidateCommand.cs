using System.CommandLine;
using ForceSim.Model.Loading;

namespace ForceSim.Cli.Commands;

/// <summary><c>forcesim validate SCENARIO</c>: list every problem with file, line and key path; exit 2 if there are any.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var set = ScenarioInput.CreateSetOption();
        var command = new Command("validate", "Check a scenario file and list every problem in it.") { scenario, set };
        command.SetAction(parse => Execute(parse.GetValue(scenario)!, parse.GetValue(set) ?? []));
        return command;
    }

    private static int Execute(string path, string[] overrides)
    {
        var loaded = ScenarioLoader.LoadFile(path, overrides);
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
        var rubricProblems = ScenarioInput.RubricProblems(s);
        if (rubricProblems.Count > 0)
        {
            Console.Error.WriteLine($"{path}: {rubricProblems.Count} problem(s) in the grading rubric:");
            foreach (var problem in rubricProblems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.BadInput;
        }

        var types = s.Forces.Sum(f => f.IncidentTypes.Count);
        Console.WriteLine($"{path}: valid — \"{s.Name}\": {s.Forces.Count} force(s), {s.ControlRooms.Count} control room(s), {types} incident type(s).");
        return ExitCodes.Success;
    }
}
