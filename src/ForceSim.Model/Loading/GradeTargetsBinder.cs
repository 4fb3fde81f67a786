using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>grades</c>: attendance targets per grade and when the clock starts.</summary>
internal static class GradeTargetsBinder
{
    public static GradeTargets Bind(MappingReader reader)
    {
        var defaults = new GradeTargets();
        var emergency = reader.Mapping("emergency");
        var priority = reader.Mapping("priority");
        var scheduled = reader.Mapping("scheduled");
        return new GradeTargets
        {
            EmergencyUrbanMinutes = emergency?.Number("urban_minutes", defaults.EmergencyUrbanMinutes, NumberRange.Between(1, 1440)) ?? defaults.EmergencyUrbanMinutes,
            EmergencyRuralMinutes = emergency?.Number("rural_minutes", defaults.EmergencyRuralMinutes, NumberRange.Between(1, 1440)) ?? defaults.EmergencyRuralMinutes,
            PriorityMinutes = priority?.Number("minutes", defaults.PriorityMinutes, NumberRange.Between(1, 10_080)) ?? defaults.PriorityMinutes,
            ScheduledMinutes = scheduled?.Number("minutes", defaults.ScheduledMinutes, NumberRange.Between(1, 43_200)) ?? defaults.ScheduledMinutes,
            ClockStartsAt = reader.Choice("clock_starts_at", defaults.ClockStartsAt, ScenarioNames.ClockStarts),
        };
    }
}
