using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// Each control room's triage policy: on which channels the structured risk assessment (THRIVE) and the repeat-victim
/// check are mandatory, how often handlers do them otherwise, and, where there are several forces, shared records.
/// </summary>
internal static class TriageLevers
{
    private static readonly string[] ChannelChoices = [.. Enum.GetValues<Channel>().Select(ChannelNames.Key)];

    public static IEnumerable<LeverEntry> Of(Scenario scenario)
    {
        for (var r = 0; r < scenario.ControlRooms.Count; r++)
        {
            var room = scenario.ControlRooms[r];
            var place = room.Name.Length > 0 ? room.Name : room.Id;
            var at = new Where(place, $"control_rooms.{room.Id}.triage", $"control_rooms[{r}].triage");
            var triage = room.Triage;
            foreach (var entry in Task(at, LeverGroup.StructuredAssessment, "structured_assessment", "a structured risk assessment (THRIVE)", triage.StructuredAssessment))
            {
                yield return entry;
            }

            foreach (var entry in Task(at, LeverGroup.RepeatVictimCheck, "repeat_victim_check", "a repeat-victim check", triage.RepeatVictimCheck))
            {
                yield return entry;
            }

            yield return Switch(at, LeverGroup.RepeatVictimCheck, "repeat_victim_check.prompted_by_structured_assessment",
                "Check for earlier contact whenever THRIVE is done",
                "A structured assessment asks about earlier contact with police, so the repeat-victim check is done whenever one is.",
                triage.CheckPromptedByStructuredAssessment);
            if (scenario.Forces.Count > 1)
            {
                yield return Switch(at, LeverGroup.SharedRecords, "shared_records", "Repeat-victim check sees other forces' records",
                    "The check finds a victim's contacts with the room's other forces at once, and with other control rooms from the next records update.",
                    triage.SharedRecords);
            }
        }
    }

    private static IEnumerable<LeverEntry> Task(Where at, LeverGroup group, string key, string what, TriageTask task)
    {
        var channels = $"{key}.mandatory_for.channels";
        yield return new LeverEntry(new Lever
        {
            Id = $"{at.Path}.{channels}",
            Group = group,
            Place = at.Place,
            Label = $"Channels on which {what} is always done",
            Help = $"On these channels policy makes every call handler do {what}, however many callers wait; each one adds its handling minutes.",
            Paths = [$"{at.Path}.{channels}"],
            Kind = LeverKind.Channels,
            Current = $"[{string.Join(", ", task.MandatoryChannels.Select(ChannelNames.Key))}]",
            Choices = ChannelChoices,
            Unit = "channels",
        }, $"{at.IndexPath}.{channels}");

        var points = task.Compliance.Points;
        var compliance = points.Count == 1 ? $"{key}.compliance" : $"{key}.compliance[0].share";
        var help = points.Count == 1
            ? $"Share of other calls on which handlers do {what}."
            : $"Share of other calls on which handlers do {what} when no callers wait; it falls as callers queue "
                + $"(to {ShiftText.Number(points[^1].Share)} at {ShiftText.Number(points[^1].Pressure)} waiting), and only this first point moves.";
        yield return new LeverEntry(new Lever
        {
            Id = $"{at.Path}.{compliance}",
            Group = group,
            Place = at.Place,
            Label = points.Count == 1 ? $"Share of other calls given {what}" : $"Share of other calls given {what} when no callers wait",
            Help = help,
            Paths = [$"{at.Path}.{compliance}"],
            Kind = LeverKind.Share,
            Current = ShiftText.Number(points[0].Share),
            Min = 0,
            Max = 1,
            Unit = "share of calls",
        }, $"{at.IndexPath}.{compliance}");
    }

    private static LeverEntry Switch(Where at, LeverGroup group, string key, string label, string help, bool current) => new(new Lever
    {
        Id = $"{at.Path}.{key}",
        Group = group,
        Place = at.Place,
        Label = label,
        Help = help,
        Paths = [$"{at.Path}.{key}"],
        Kind = LeverKind.Switch,
        Current = current ? "true" : "false",
        Choices = ["true", "false"],
        Unit = "on or off",
    }, $"{at.IndexPath}.{key}");

    /// <summary>A room's triage section, by id and by position.</summary>
    private sealed record Where(string Place, string Path, string IndexPath);
}
