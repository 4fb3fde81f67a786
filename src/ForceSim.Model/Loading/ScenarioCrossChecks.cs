using ForceSim.Model.Scenarios;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Checks that need more than one section: unique ids, each force's control room and its channels,
/// incident type shares per channel, and crime classes against the force's recording table.
/// Values already reported as missing or malformed (empty ids and classes) are skipped.
/// </summary>
internal static class ScenarioCrossChecks
{
    public static void Check(BindContext context, Scenario scenario)
    {
        CheckUniqueIds(context, scenario.ControlRooms.Select(room => room.Id).ToList(), "control_rooms", "control room");
        CheckUniqueIds(context, scenario.Forces.Select(force => force.Id).ToList(), "forces", "force");
        for (var i = 0; i < scenario.Forces.Count; i++)
        {
            var force = scenario.Forces[i];
            var path = KeyPath.Item("forces", i);
            CheckUniqueIds(context, force.IncidentTypes.Select(type => type.Id).ToList(), KeyPath.Child(path, "incident_types"), "incident type");
            CheckControlRoom(context, scenario, force, path);
            CheckShares(context, force, path);
            CheckCrimeClasses(context, force, path);
            CheckNeighbours(context, scenario, force, path);
            GeographyChecks.Check(context, force, path);
        }

        CheckMandatoryTypes(context, scenario);
    }

    /// <summary>Neighbours must be other forces of the scenario; victims can only cross a border that has a force behind it.</summary>
    private static void CheckNeighbours(BindContext context, Scenario scenario, ForceSettings force, string path)
    {
        var ids = scenario.Forces.Select(f => f.Id).ToList();
        for (var n = 0; n < force.Neighbours.Count; n++)
        {
            var neighbour = force.Neighbours[n];
            if (neighbour == force.Id)
            {
                context.Report(KeyPath.Item(KeyPath.Child(path, "neighbours"), n), "a force cannot be its own neighbour");
            }
            else if (!ids.Contains(neighbour))
            {
                var hint = Suggestions.Closest(neighbour, ids) is { } suggestion ? $"did you mean '{suggestion}'?" : $"forces are: {string.Join(", ", ids)}";
                context.Report(KeyPath.Item(KeyPath.Child(path, "neighbours"), n), $"no force has id '{neighbour}'; {hint}");
            }
        }

        if (force.Victims.CrossBorderShare > 0 && force.Neighbours.Count == 0)
        {
            context.Report(KeyPath.Child(KeyPath.Child(path, "victims"), "cross_border_share"), "is above 0 but the force has no neighbours; add forces[].neighbours or set it to 0");
        }
    }

    private static void CheckUniqueIds(BindContext context, List<string> ids, string listPath, string noun)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i].Length == 0)
            {
                continue;
            }

            if (firstIndex.TryGetValue(ids[i], out var first))
            {
                context.Report(KeyPath.Child(KeyPath.Item(listPath, i), "id"),
                    $"duplicate {noun} id '{ids[i]}' ({KeyPath.Item(listPath, first)} has it already); ids must be unique");
            }
            else
            {
                firstIndex[ids[i]] = i;
            }
        }
    }

    /// <summary>The force's control room must exist and answer every channel the force has demand on.</summary>
    private static void CheckControlRoom(BindContext context, Scenario scenario, ForceSettings force, string path)
    {
        // No control room read at all (missing, empty or misspelt control_rooms) is reported once, where it is.
        if (force.ControlRoom.Length == 0 || scenario.ControlRooms.Count == 0)
        {
            return;
        }

        var roomIndex = -1;
        for (var j = 0; j < scenario.ControlRooms.Count && roomIndex < 0; j++)
        {
            roomIndex = scenario.ControlRooms[j].Id == force.ControlRoom ? j : -1;
        }

        if (roomIndex < 0)
        {
            var ids = scenario.ControlRooms.Select(room => room.Id).Where(id => id.Length > 0).ToList();
            var hint = Suggestions.Closest(force.ControlRoom, ids) is { } suggestion
                ? $"did you mean '{suggestion}'?"
                : ids.Count == 0 ? "no control room has a valid id" : $"control room ids are: {string.Join(", ", ids)}";
            context.Report(KeyPath.Child(path, "control_room"), $"no control room has id '{force.ControlRoom}'; {hint}");
            return;
        }

        var room = scenario.ControlRooms[roomIndex];
        foreach (var (channel, volume) in force.Demand.AnnualVolume)
        {
            if (volume > 0 && !room.Channels.ContainsKey(channel))
            {
                var name = ScenarioNames.Channels.NameOf(channel);
                context.Report(KeyPath.Child(path, "demand.annual_volume." + name), Invariant(
                    $"is {volume} but control room '{room.Id}' has no '{name}' channel; add control_rooms[{roomIndex}].channels.{name} or set this volume to 0"));
            }
        }
    }

    /// <summary>Every channel with demand needs at least one incident type with a share on it.</summary>
    private static void CheckShares(BindContext context, ForceSettings force, string path)
    {
        if (force.IncidentTypes.Count == 0)
        {
            return;
        }

        foreach (var (channel, volume) in force.Demand.AnnualVolume)
        {
            if (volume > 0 && force.IncidentTypes.Sum(type => type.Share.GetValueOrDefault(channel)) <= 0)
            {
                var name = ScenarioNames.Channels.NameOf(channel);
                context.Report(KeyPath.Child(path, "incident_types"), Invariant(
                    $"no incident type has a share on '{name}', but demand.annual_volume.{name} is {volume}; give at least one incident type a share.{name} above 0"));
            }
        }
    }

    /// <summary>Every crime an incident type can hold (reported, further or disclosed) must name a class the force's recording table knows.</summary>
    private static void CheckCrimeClasses(BindContext context, ForceSettings force, string path)
    {
        for (var j = 0; j < force.IncidentTypes.Count; j++)
        {
            var type = force.IncidentTypes[j];
            var typePath = KeyPath.Item(KeyPath.Child(path, "incident_types"), j);
            if (type.CrimeProbability > 0)
            {
                CheckClass(context, force, type.CrimeClass, KeyPath.Child(typePath, "crime.class"));
            }

            for (var a = 0; a < type.AdditionalCrimes.Count; a++)
            {
                CheckClass(context, force, type.AdditionalCrimes[a].Class, KeyPath.Child(KeyPath.Item(KeyPath.Child(typePath, "crime.additional"), a), "class"));
            }

            if (type.DisclosedCrime is { } disclosed)
            {
                CheckClass(context, force, disclosed.Class, KeyPath.Child(typePath, "disclosed_crime.class"));
            }
        }
    }

    private static void CheckClass(BindContext context, ForceSettings force, string crimeClass, string path)
    {
        if (crimeClass.Length == 0 || force.Recording.Probability.ContainsKey(crimeClass))
        {
            return;
        }

        var classes = force.Recording.Probability.Keys.ToList();
        var hint = Suggestions.Closest(crimeClass, classes) is { } suggestion
            ? $"did you mean '{suggestion}'?"
            : classes.Count == 0
                ? $"add '{crimeClass}: <chance of recording>' to recording.probability"
                : $"classes in recording.probability are: {string.Join(", ", classes)}";
        context.Report(path, $"crime class '{crimeClass}' is not in this force's recording.probability; {hint}");
    }

    /// <summary>Incident types a control room makes an assessment mandatory for must be types of a force the room serves.</summary>
    private static void CheckMandatoryTypes(BindContext context, Scenario scenario)
    {
        for (var r = 0; r < scenario.ControlRooms.Count; r++)
        {
            var room = scenario.ControlRooms[r];
            var known = scenario.Forces.Where(f => f.ControlRoom == room.Id).SelectMany(f => f.IncidentTypes).Select(t => t.Id).Distinct().ToList();
            var tasks = new[] { ("structured_assessment", room.Triage.StructuredAssessment), ("repeat_victim_check", room.Triage.RepeatVictimCheck) };
            foreach (var (key, task) in tasks)
            {
                for (var t = 0; t < task.MandatoryIncidentTypes.Count; t++)
                {
                    var id = task.MandatoryIncidentTypes[t];
                    if (known.Count == 0 || known.Contains(id))
                    {
                        continue;
                    }

                    var hint = Suggestions.Closest(id, known) is { } suggestion ? $"did you mean '{suggestion}'?" : $"its forces' incident types are: {string.Join(", ", known)}";
                    context.Report(KeyPath.Item(KeyPath.Child(KeyPath.Item("control_rooms", r), $"triage.{key}.mandatory_for.incident_types"), t),
                        $"no force served by control room '{room.Id}' has incident type '{id}'; {hint}");
                }
            }
        }
    }
}
