using System.Globalization;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>Call handlers on each shift of each control room, and those kept free for 999 calls.</summary>
internal static class CallHandlerLevers
{
    public static IEnumerable<LeverEntry> Of(Scenario scenario)
    {
        for (var r = 0; r < scenario.ControlRooms.Count; r++)
        {
            var room = scenario.ControlRooms[r];
            if (room.CallHandlers.Unlimited)
            {
                continue;
            }

            var place = room.Name.Length > 0 ? room.Name : room.Id;
            var prefix = $"control_rooms.{room.Id}.call_handlers";
            var byIndex = $"control_rooms[{r}].call_handlers";
            for (var k = 0; k < room.CallHandlers.Shifts.Count; k++)
            {
                var shift = room.CallHandlers.Shifts[k];
                var fte = ShiftText.FtePerHead(shift, scenario.Costs);
                var lever = new Lever
                {
                    Id = $"{prefix}.shifts[{k}].staff",
                    Group = LeverGroup.CallHandling,
                    Place = place,
                    Label = $"Call handlers on {ShiftText.Of(shift, k)}",
                    Help = string.Format(CultureInfo.InvariantCulture,
                        "Call handlers on duty on this shift every day, answering 999, 101 and online contacts. One more every day is {0:0.##} FTE.", fte),
                    Paths = [$"{prefix}.shifts[{k}].staff"],
                    Kind = LeverKind.Count,
                    Current = ShiftText.Number(shift.Count),
                    Min = 0,
                    Max = SettingLimits.MaxShiftCount,
                    Unit = "call handlers per shift",
                    Role = StaffRole.CallHandler,
                };
                yield return new LeverEntry(lever, $"{byIndex}.shifts[{k}].staff");
            }

            var reserved = new Lever
            {
                Id = $"{prefix}.reserved_for_emergency",
                Group = LeverGroup.CallHandling,
                Place = place,
                Label = "Call handlers kept free for 999 calls",
                Help = "A 101 or online contact is answered only while more than this many handlers are free, so 999 callers wait less and 101 callers more.",
                Paths = [$"{prefix}.reserved_for_emergency"],
                Kind = LeverKind.Count,
                Current = ShiftText.Number(room.CallHandlers.ReservedForEmergency),
                Min = 0,
                Max = SettingLimits.MaxReservedForEmergency,
                Unit = "call handlers",
            };
            yield return new LeverEntry(reserved, $"{byIndex}.reserved_for_emergency");
        }
    }
}
