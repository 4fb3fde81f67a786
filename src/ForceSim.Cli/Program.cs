using System.CommandLine;
using ForceSim.Cli;
using ForceSim.Cli.Commands;
using ForceSim.Cli.Options;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Logs and CI capture output: don't wrap tables at the 80 columns assumed for a missing terminal.
    AnsiConsole.Profile.Width = 160;
}

var root = new RootCommand("ForceSim: a police demand, response and investigation simulator for what-if questions an inspection would ask.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    CompareCommand.Create(),
    InspectCommand.Create(),
    BenchCommand.Create(),
    BenchReplicationCommand.Create(),
    SweepCommand.Create(),
    SensitivityCommand.Create(),
    CalibrateCommand.Create(),
    BudgetCommand.Create(),
    SiloCommand.Create(),
    StatusCommand.Create(),
    ResultsCommand.Create(),
    ExportCommand.Create(),
    ImportCommand.Create(),
    ServeCommand.Create(),
    LeversCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {ParseErrorText.Of(error)}");
    }

    Console.Error.WriteLine("Run 'forcesim --help' for usage.");
    return ExitCodes.BadInput;
}

try
{
    // Ctrl+C is handled by the commands themselves (CancelOnCtrlC), so an interrupted run can say what it saved.
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (Exception e)
{
    return ErrorReport.Print(e);
}
