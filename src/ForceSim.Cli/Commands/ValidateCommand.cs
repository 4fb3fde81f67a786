using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Cli.Commands;

/// <summary><c>forcesim validate SCENARIO</c>: list every problem with file, line and key path; exit 2 if there are any.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var set = SetOption.Create();
        var command = new Command("validate", "Check a scenario file and list every problem in it.") { scenario, set };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        command.SetAction(parse => Execute(parse.GetValue(scenario)!, parse.GetValue(set) ?? [], parse.GetValue(outside)));
        return command;
    }

    private static int Execute(string path, string[] overrides, bool allowOutsideReferences)
    {
        var check = ScenarioCheck.Of(path, overrides, ScenarioInput.Options(allowOutsideReferences));
        if (check.Problems.Count > 0)
        {
            Console.Error.WriteLine($"{path}: {check.Problems.Count} problem(s):");
            foreach (var problem in check.Problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.BadInput;
        }

        if (check.RubricProblems.Count > 0)
        {
            Console.Error.WriteLine($"{path}: {check.RubricProblems.Count} problem(s) in the grading rubric:");
            foreach (var problem in check.RubricProblems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.BadInput;
        }

        var s = check.Scenario!;
        var types = s.Forces.Sum(f => f.IncidentTypes.Count);
        Console.WriteLine($"{path}: valid — \"{s.Name}\": {s.Forces.Count} force(s), {s.ControlRooms.Count} control room(s), {types} incident type(s).");
        return ExitCodes.Success;
    }
}
