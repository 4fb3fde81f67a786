using ForceSim.Engine.Measures;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.League;

/// <summary>
/// A column of the league table. <paramref name="Weight"/> names the force measure that pools forces into a region per
/// replication (the measure's own denominator, or the nearest published count); a measure without one is shown for forces only.
/// </summary>
public sealed record LeagueMeasure(string Name, string Label, MeasureUnit Unit, string? Weight)
{
    /// <summary>The headline measures, in column order: the ones inspectors grade on, with what pools each into a region.</summary>
    public static IReadOnlyList<LeagueMeasure> All { get; } =
    [
        new(MeasureNames.EmergencyAnsweredWithin10s, "999 in 10 s", MeasureUnit.Fraction, "contact.emergency_contacts_per_day"),
        new(MeasureNames.NonEmergencyAbandoned, "101 abandoned", MeasureUnit.Fraction, "contact.non_emergency_contacts_per_day"),
        new(MeasureNames.AttendanceWithinTarget, "Attended in target", MeasureUnit.Fraction, "response.incidents_per_hour.emergency+response.incidents_per_hour.priority"),
        new(MeasureNames.RepeatVictimsIdentified, "Repeat victims found", MeasureUnit.Fraction, null),
        new(MeasureNames.CrimesRecorded, "Crimes recorded", MeasureUnit.Fraction, "recording.crimes_reported"),
        new(MeasureNames.VictimsInformed, "Victims informed", MeasureUnit.Fraction, null),
        new(MeasureNames.AnnualCost, "Staff cost", MeasureUnit.Pounds, "sum"),
    ];

    /// <summary>This measure's weight in one replication's force measures, or null when the force has none to give.</summary>
    public double? WeightIn(IReadOnlyDictionary<string, double?> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (Weight is null)
        {
            return null;
        }

        if (Weight == "sum")
        {
            return 1;
        }

        double total = 0;
        foreach (var part in Weight.Split('+'))
        {
            if (!measures.TryGetValue(part, out var value) || value is not { } v)
            {
                return null;
            }

            total += v;
        }

        return total;
    }

    /// <summary>True when a region's value is the forces' sum (a cost), not their weighted mean (a share).</summary>
    public bool Sums => Weight == "sum";
}
