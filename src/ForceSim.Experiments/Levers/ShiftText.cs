using System.Globalization;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>How a lever names a shift: "the early shift (07:00, 10 h)".</summary>
internal static class ShiftText
{
    public static string Of(StaffShift shift, int index)
    {
        var start = TimeSpan.FromHours(shift.StartHour);
        var name = shift.Name.Length > 0 ? $"the {shift.Name} shift" : $"shift {index + 1}";
        return string.Format(CultureInfo.InvariantCulture, "{0} ({1:hh\\:mm}, {2} h)", name, start, shift.Hours);
    }

    /// <summary>FTE one more person (or crew) on this shift every day needs: hours × 365 ÷ productive hours per FTE.</summary>
    public static double FtePerHead(StaffShift shift, CostSettings costs) => shift.Hours * 365 / costs.ProductiveHoursPerFte;

    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
