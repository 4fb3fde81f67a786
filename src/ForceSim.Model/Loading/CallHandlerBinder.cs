using ForceSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>Binds <c>call_handlers</c>: <c>unlimited: true</c>, or a roster of shifts counted in <c>staff</c>.</summary>
internal static class CallHandlerBinder
{
    public static CallHandlerSettings Bind(MappingReader reader)
    {
        var unlimited = reader.Boolean("unlimited", false);
        var items = reader.List("shifts", required: false);
        if (!unlimited && items.Count == 0 && reader.Optional("shifts") is null or YamlSequenceNode)
        {
            reader.Report("shifts", "must list at least one shift unless 'unlimited: true' is set");
        }

        return new CallHandlerSettings
        {
            Unlimited = unlimited,
            Shifts = ShiftBinder.Bind(reader.Context, items, "staff"),
            ReservedForEmergency = reader.Integer("reserved_for_emergency", 0, 0, SettingLimits.MaxReservedForEmergency),
            AbstractionRate = reader.Number("abstraction_rate", 0, NumberRange.Between(0, 0.9)),
        };
    }
}
