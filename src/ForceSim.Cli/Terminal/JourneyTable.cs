using System.Globalization;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A victim's journey, step by step, as a table a chief officer can read.</summary>
public static class JourneyTable
{
    public static Table Build(VictimJourney victim, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(victim);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Victim {victim.Id} ({victim.Force}): {(victim.Vulnerable ? "vulnerable, " : "")}{victim.Contacts} contact(s), confidence now {victim.Confidence:P0}"))
            .AddColumn("When").AddColumn("What").AddColumn("Detail").AddColumn(new TableColumn("Confidence").RightAligned());
        var contacts = 0;
        foreach (var step in victim.Steps)
        {
            var when = start.ToDateTime(TimeOnly.MinValue).AddMinutes(step.Time).ToString("yyyy-MM-dd HH:mm", c);
            var (what, detail) = step.Kind switch
            {
                JourneyKind.Contact => ("contact", Contact(step, first: ++contacts == 1)),
                JourneyKind.RepeatVictimisation => ("victimised again", "reported"),
                JourneyKind.RepeatNotReported => ("victimised again", "not reported (low confidence)"),
                JourneyKind.KeptInformed => ("update", "kept informed"),
                JourneyKind.NotInformed => ("update", "due but not given"),
                JourneyKind.ScreenedOut => ("investigation", "screened out"),
                JourneyKind.ClosedCharged => ("investigation", "closed: charge or summons"),
                JourneyKind.CallAbandoned => ("rang again", "hung up before being answered"),
                _ => ("investigation", "closed: no charge"),
            };
            table.AddRow(when, what, Markup.Escape(detail), MeasureFormat.Percent(step.ConfidenceAfter));
        }

        return table;
    }

    /// <summary>
    /// One contact in words. A first contact cannot be a repeat, so it is not called "repeat not identified" (the same
    /// rule as <see cref="MissedRepeatVictims"/>, which judges only later contacts).
    /// </summary>
    public static string Contact(JourneyStep step, bool first)
    {
        var c = CultureInfo.InvariantCulture;
        var grade = step.Grade switch
        {
            Grade.Emergency => "emergency",
            Grade.Priority => "priority",
            Grade.Scheduled => "scheduled",
            _ => "resolved without deployment",
        };
        var attended = double.IsNaN(step.Minutes) ? "" : $", attended in {step.Minutes.ToString("0", c)} min{(step.Late ? " (late)" : "")}";
        var repeat = first ? "first contact (not yet a repeat victim)" : $"repeat victim {(step.RepeatIdentified ? "identified" : "not identified")}";
        return $"graded {grade}{attended}; {repeat}; crime {(step.Recorded ? "recorded" : "not recorded or none")}";
    }
}
