using System.CommandLine;

namespace ForceSim.Cli.Hosts;

/// <summary>The <c>--host</c> option: which host runs the LPs. Both give the same results; they differ in what you can do with them.</summary>
public static class HostOption
{
    public const string InProcess = "in-process";

    public const string Grains = "grains";

    public static Option<string> Create()
    {
        var option = new Option<string>("--host")
        {
            Description = "in-process (fast, the default) or grains (each control room, unit, investigation and victim is an Orleans grain in an embedded silo; same results).",
            DefaultValueFactory = _ => InProcess,
        };
        option.AcceptOnlyFromAmong(InProcess, Grains);
        return option;
    }
}
