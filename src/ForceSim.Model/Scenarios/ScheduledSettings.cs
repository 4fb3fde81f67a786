namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>response.scheduled</c>: how incidents graded scheduled are resolved. Some are resolved by a desk (a call back,
/// an online crime report) without a unit; the rest are given an appointment in a diary of so many a day, and a unit is
/// sent for the appointment, ahead of other scheduled work. Without this section scheduled incidents simply wait their turn.
/// </summary>
public sealed record ScheduledSettings
{
    /// <summary><c>desk_resolution_share</c>: share of scheduled incidents resolved by a desk without deployment, 0..1.</summary>
    public double DeskResolutionShare { get; init; }

    /// <summary><c>appointments</c>: the appointment diary; null when incidents are not booked.</summary>
    public AppointmentDiary? Appointments { get; init; }
}
