using System.CommandLine;

namespace ForceSim.Cli.Options;

/// <summary>The repeatable <c>--set PATH=VALUE</c> option of the commands that load a scenario.</summary>
public static class SetOption
{
    public static Option<string[]> Create() => new("--set")
    {
        Description = "Override a scenario value, e.g. --set forces[0].investigation.supervisors=20; "
            + "+N, -N or *N changes the number already there. Repeatable; applied in order, after extends.",
        HelpName = "PATH=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };
}
