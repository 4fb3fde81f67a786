using ForceSim.Model.Scenarios;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>response</c>: crews, their shifts (counted in <c>units</c>), abstraction and paperwork.</summary>
internal static class ResponseBinder
{
    public static ResponseSettings Bind(MappingReader reader)
    {
        var defaults = new ResponseSettings { Shifts = [] };
        return new ResponseSettings
        {
            CrewSize = reader.Integer("crew_size", defaults.CrewSize, 1, 4),
            Shifts = ShiftBinder.Bind(reader.Context, reader.NonEmptyList("shifts", "shift"), "units"),
            Abstraction = reader.Mapping("abstraction") is { } abstraction ? Abstraction(abstraction) : defaults.Abstraction,
            PaperworkMinutesPerCrime = reader.Number("paperwork_minutes_per_crime", defaults.PaperworkMinutesPerCrime, NumberRange.Between(0, 600)),
            MaxPaperworkMinutesPerShift = reader.Number("max_paperwork_minutes_per_shift", defaults.MaxPaperworkMinutesPerShift, NumberRange.Between(0, 720)),
            ReservedForEmergency = reader.Integer("reserved_for_emergency", defaults.ReservedForEmergency, 0, SettingLimits.MaxReservedForEmergency),
            OtherWork = [.. reader.List("other_work", required: false).Select(item => OtherWork(reader.Context, item)).OfType<OtherWork>()],
            Scheduled = reader.Mapping("scheduled") is { } scheduled ? Scheduled(scheduled) : defaults.Scheduled,
            AfterClearing = reader.Choice("after_clearing", defaults.AfterClearing, ScenarioNames.AfterClearings),
        };
    }

    /// <summary>An item of <c>other_work</c>: name, per_day, minutes, units and grade.</summary>
    private static OtherWork? OtherWork(BindContext context, ValueNode item)
    {
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return null;
        }

        var grade = reader.Choice("grade", Grade.Priority, ScenarioNames.Grades);
        if (grade == Grade.Resolution)
        {
            reader.Report("grade", "must be emergency, priority or scheduled: other work always takes a unit");
        }

        return new OtherWork
        {
            Name = reader.RequiredIdentifier("name"),
            PerDay = reader.RequiredNumber("per_day", NumberRange.Between(0, 100_000)),
            Minutes = DistributionBinder.Required(reader, "minutes"),
            Units = reader.Integer("units", 1, 1, 10),
            Grade = grade,
        };
    }

    /// <summary><c>scheduled: {desk_resolution_share, appointments: {per_hour, from_hour, to_hour, min_notice_hours}}</c>.</summary>
    private static ScheduledSettings Scheduled(MappingReader reader)
    {
        var diary = reader.Mapping("appointments");
        AppointmentDiary? appointments = null;
        if (diary is not null)
        {
            var defaults = new AppointmentDiary();
            appointments = new AppointmentDiary
            {
                PerHour = diary.Integer("per_hour", defaults.PerHour, 1, 1000),
                FromHour = diary.Integer("from_hour", defaults.FromHour, 0, 23),
                ToHour = diary.Integer("to_hour", defaults.ToHour, 1, 24),
                MinNoticeHours = diary.Number("min_notice_hours", defaults.MinNoticeHours, NumberRange.Between(0, 168)),
            };
            if (appointments.ToHour <= appointments.FromHour)
            {
                diary.Report("to_hour", Invariant($"must be after from_hour ({appointments.FromHour}): the diary is open from from_hour to to_hour each day"));
            }
        }

        return new ScheduledSettings
        {
            DeskResolutionShare = reader.Number("desk_resolution_share", 0, NumberRange.Probability),
            Appointments = appointments,
        };
    }

    /// <summary><c>abstraction: {training, court, sickness, leave}</c>, each 0..1 and together below 1.</summary>
    private static AbstractionRates Abstraction(MappingReader reader)
    {
        var rates = new AbstractionRates
        {
            Training = reader.Number("training", 0, NumberRange.Probability),
            Court = reader.Number("court", 0, NumberRange.Probability),
            Sickness = reader.Number("sickness", 0, NumberRange.Probability),
            Leave = reader.Number("leave", 0, NumberRange.Probability),
        };
        if (rates.Total >= 1)
        {
            reader.Context.Report(reader.Node, reader.Path, Invariant(
                $"rates must add up to less than 1, or no unit would ever be available (got {rates.Total})"));
        }

        return rates;
    }
}
