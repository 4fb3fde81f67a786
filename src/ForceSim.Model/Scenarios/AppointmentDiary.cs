namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>response.scheduled.appointments</c>: appointments offered each hour between two hours of the day, booked in
/// call order at least a notice period ahead. A full diary pushes bookings later, which is how too little capacity shows.
/// </summary>
public sealed record AppointmentDiary
{
    /// <summary><c>per_hour</c>: appointments offered in each diary hour, 1..1000.</summary>
    public int PerHour { get; init; } = 1;

    /// <summary><c>from_hour</c>: first diary hour of the day, 0..23.</summary>
    public int FromHour { get; init; } = 8;

    /// <summary><c>to_hour</c>: the hour the diary closes, 1..24, after <see cref="FromHour"/>.</summary>
    public int ToHour { get; init; } = 20;

    /// <summary><c>min_notice_hours</c>: the earliest an appointment can be, after the call, 0..168.</summary>
    public double MinNoticeHours { get; init; } = 2;
}
