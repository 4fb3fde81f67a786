using CsCheck;

namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// Random <c>--set PATH=VALUE</c> options: paths the shipped experiments, assumptions and docs use (some misspelt or
/// malformed), with hostile values, random YAML nodes and relative changes (<c>+N</c>, <c>-N</c>, <c>*N</c>).
/// </summary>
public static class OverrideGen
{
    private static readonly string[] Paths =
    [
        "run.seed", "run.replications", "run.horizon_days", "run.warmup_days", "run.window_minutes", "run.start_date", "name", "rubric",
        "forces.cambridgeshire.response.shifts[1].units", "forces.cambridgeshire.response.reserved_for_emergency",
        "forces.cambridgeshire.travel.mobilise_minutes", "forces.cambridgeshire.travel.minutes",
        "forces.cambridgeshire.investigation.supervisors", "forces.cambridgeshire.investigation.hours_per_line.mean",
        "forces.cambridgeshire.demand.annual_volume.emergency", "forces[0].demand.hour_of_day[3]", "forces[0].incident_types[0].share.emergency",
        "forces[0].incident_types[0].on_scene_minutes", "forces[0].incident_types[0].on_scene_minutes.sd", "forces[0].incident_types[0].units",
        "forces[0].control_room", "forces[0].id", "forces[1].id", "forces[99].id",
        "control_rooms.cambridgeshire_fcr.triage.structured_assessment.compliance[0].share",
        "control_rooms[0].call_handlers.shifts[1].staff", "control_rooms[0].call_handlers.shifts[0].start_hour",
        "control_rooms[0].channels.emergency.handle_minutes.mean", "control_rooms[0].channels.emergency.patience_seconds",
        "control_rooms[0].id", "costs", "costs.officer_hour", "forces", "control_rooms", "run",
        "", ".", "a..b", "forces[", "forces[-1]", "forces[x]", "forces[99999999999]", "run.seed.extra", "extends", "forces.no_such_force.id",
        "[0]", "forces[0][0]", "forces.cambridgeshire.response.shifts[1].units.x",
    ];

    private static readonly string[] Relative =
    [
        "+1", "-1", "*2", "*0", "*-1", "+0.5", "*1e9", "+1e308", "*1e308", "-1e308", "*1e-320", "*NaN", "+Infinity", "+", "*", "-", "+x", "--1", "*1,5",
    ];

    /// <summary>One option: a path, <c>=</c> (sometimes missing) and a value.</summary>
    public static readonly Gen<string> Option =
        Gen.Select(
            Gen.Int[0, Paths.Length - 1],
            Gen.Frequency(
                (3, Gen.Int[0, HostileValues.Scalars.Count - 1].Select(i => HostileValues.Scalars[i])),
                (2, Gen.Int[0, Relative.Length - 1].Select(i => Relative[i])),
                (1, FuzzGen.Mutation.Where(m => m.Node is not null).Select(m => m.Node!.ToFlow()))),
            Gen.Int[0, 19])
        .Select((path, value, form) => form == 0 ? Paths[path] + value : Paths[path] + "=" + value);

    /// <summary>A shipped scenario (or overlay) with one to three options.</summary>
    public static Gen<OverrideCase> Scenario()
    {
        var files = ShippedInputs.OfKind(InputKind.Scenario);
        return Gen.Select(Gen.Int[0, files.Count - 1], Option.Array[1, 3]).Select((file, options) => new OverrideCase(files[file], options));
    }
}

/// <summary>A shipped scenario and the <c>--set</c> options applied to it, printed as the command line that reproduces it.</summary>
public sealed record OverrideCase(ShippedInput Scenario, IReadOnlyList<string> Options)
{
    public override string ToString() =>
        $"forcesim validate scenarios/{Scenario.RelativePath} " + string.Join(' ', Options.Select(o => "--set '" + o.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
}
