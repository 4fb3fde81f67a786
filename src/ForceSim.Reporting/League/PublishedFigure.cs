namespace ForceSim.Reporting.League;

/// <summary>
/// A published figure a simulated measure is set against, with its period and source (docs/sources.md). The simulated
/// value is for the scenario's own period, so the comparison is of the same kind of year, not the same days.
/// </summary>
public sealed record PublishedFigure(string Measure, double Value, string Period, string Source)
{
    /// <summary>
    /// The first Home Office release of 999 answering times (31 May 2022): 71% of 999 calls to police answered within 10 s,
    /// 1 November 2021 to 30 April 2022, all UK forces (England and Wales' 43 with Police Scotland and the PSNI); mean 16.1 s.
    /// </summary>
    public static PublishedFigure National999Within10s { get; } = new(
        Engine.Measures.MeasureNames.EmergencyAnsweredWithin10s,
        0.71,
        "1 Nov 2021 - 30 Apr 2022",
        "Home Office 999 call answering data, first release 31 May 2022 (all UK police forces)");
}
