using ForceSim.Engine.Measures;
using ForceSim.Model.Loading;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>
/// A validated scenario turned into the read-only structures the LPs use. Built once and shared
/// by every replication (nothing in it changes during a run).
/// </summary>
public sealed class CompiledScenario
{
    public CompiledScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Rubric = scenario.Rubric ?? DefaultRubric.Value;
        WindowMinutes = scenario.Run.WindowMinutes;
        var warmup = scenario.Run.WarmupDays * 1440.0;
        var mondayOffset = (((int)scenario.Run.StartDate.DayOfWeek + 6) % 7) * 24;
        Period = new MeasuredPeriod(warmup, warmup + (scenario.Run.HorizonDays * 1440.0), mondayOffset);

        CrimeClasses = [.. scenario.Forces.SelectMany(CrimeClassesOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var classIndex = CrimeClasses.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var roomIndex = scenario.ControlRooms.Select((room, i) => (room.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var forces = new List<CompiledForce>();
        var units = new List<UnitSlot>();
        for (var f = 0; f < scenario.Forces.Count; f++)
        {
            var settings = scenario.Forces[f];
            var force = new CompiledForce(f, settings, roomIndex[settings.ControlRoom], units.Count, scenario.Run.StartDate, Period.End, name => classIndex[name]);
            forces.Add(force);
            var local = 0;
            foreach (var shift in settings.Response.Shifts)
            {
                for (var i = 0; i < shift.Count; i++)
                {
                    units.Add(new UnitSlot(f, local++, shift.StartHour * 60, shift.Hours * 60));
                }
            }
        }

        Forces = [.. forces];
        Units = [.. units];
        ControlRooms = [.. scenario.ControlRooms.Select((room, i) =>
            new CompiledControlRoom(i, room, [.. forces.Where(f => f.ControlRoom == i).Select(f => f.Index)], forces))];
    }

    private static IEnumerable<string> CrimeClassesOf(ForceSettings force) =>
        force.Recording.Probability.Keys
            .Concat(force.IncidentTypes.Select(t => t.CrimeClass))
            .Concat(force.IncidentTypes.SelectMany(t => t.AdditionalCrimes.Select(c => c.Class)))
            .Concat(force.IncidentTypes.Where(t => t.DisclosedCrime is not null).Select(t => t.DisclosedCrime!.Class))
            .Where(c => c.Length > 0);

    private static readonly Lazy<Rubric> DefaultRubric = new(RubricLoader.LoadDefault);

    public Scenario Scenario { get; }

    /// <summary>The rubric that grades this scenario (its own, or the shipped default).</summary>
    public Rubric Rubric { get; }

    public InspectionPlan Inspection => Rubric.Inspection;

    public double WindowMinutes { get; }

    public MeasuredPeriod Period { get; }

    public CompiledForce[] Forces { get; }

    public CompiledControlRoom[] ControlRooms { get; }

    /// <summary>Every response unit, by global index.</summary>
    public UnitSlot[] Units { get; }

    /// <summary>Every crime class any force records or meets, in ordinal order: the index crime counts are kept by.</summary>
    public string[] CrimeClasses { get; }

    public long Seed => Scenario.Run.Seed;

    public int WindowCount => (int)Math.Ceiling(Period.End / WindowMinutes);

    /// <summary>The index of the force with this id.</summary>
    public int ForceIndex(string id) => Array.FindIndex(Forces, f => f.Id == id) is var i and >= 0
        ? i
        : throw new ArgumentException($"No force has id '{id}'.", nameof(id));
}
