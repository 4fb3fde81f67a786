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
            ReservedForEmergency = reader.Integer("reserved_for_emergency", defaults.ReservedForEmergency, 0, 1000),
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
