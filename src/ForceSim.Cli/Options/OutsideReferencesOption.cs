using System.CommandLine;

namespace ForceSim.Cli.Options;

/// <summary>The <c>--allow-outside-references</c> flag of the commands that load a scenario.</summary>
public static class OutsideReferencesOption
{
    public static Option<bool> Create() => new("--allow-outside-references")
    {
        Description = "Let the scenario's extends: and rubric: name files outside its tree (its folder, or the nearest folder above "
            + "holding a .forcesim-root file), or by absolute path. Only for scenarios you trust.",
    };
}
