using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>victims</c>: initial confidence, <c>confidence_change</c>, <c>repeat</c> and reporting delay.</summary>
internal static class VictimBinder
{
    private static readonly NumberRange Change = NumberRange.Between(-1, 1);

    public static VictimSettings Bind(MappingReader reader)
    {
        var d = new VictimSettings();
        var change = reader.Mapping("confidence_change");
        var repeat = reader.Mapping("repeat");
        return new VictimSettings
        {
            InitialConfidence = reader.Number("initial_confidence", d.InitialConfidence, NumberRange.Probability),
            AttendedInTime = change?.Number("attended_in_time", d.AttendedInTime, Change) ?? d.AttendedInTime,
            LateToldOfDelay = change?.Number("late_told_of_delay", d.LateToldOfDelay, Change) ?? d.LateToldOfDelay,
            LateNotTold = change?.Number("late_not_told", d.LateNotTold, Change) ?? d.LateNotTold,
            CrimeNotRecorded = change?.Number("crime_not_recorded", d.CrimeNotRecorded, Change) ?? d.CrimeNotRecorded,
            KeptInformed = change?.Number("kept_informed", d.KeptInformed, Change) ?? d.KeptInformed,
            NotInformed = change?.Number("not_informed", d.NotInformed, Change) ?? d.NotInformed,
            RepeatProbabilitySafeguarded = repeat?.Number("safeguarded", d.RepeatProbabilitySafeguarded, NumberRange.Probability) ?? d.RepeatProbabilitySafeguarded,
            RepeatProbabilityNotSafeguarded = repeat?.Number("not_safeguarded", d.RepeatProbabilityNotSafeguarded, NumberRange.Probability) ?? d.RepeatProbabilityNotSafeguarded,
            RepeatDelayDays = repeat is null ? d.RepeatDelayDays : DistributionBinder.Optional(repeat, "delay_days", d.RepeatDelayDays),
            MaxRepeatsPerVictim = repeat?.Integer("max_per_victim", d.MaxRepeatsPerVictim, 0, 50) ?? d.MaxRepeatsPerVictim,
            ReportDelayMinutes = DistributionBinder.Optional(reader, "report_delay_minutes", d.ReportDelayMinutes),
            CrossBorderShare = reader.Number("cross_border_share", d.CrossBorderShare, NumberRange.Probability),
        };
    }
}
