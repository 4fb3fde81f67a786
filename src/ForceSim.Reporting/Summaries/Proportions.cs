using System.Globalization;

namespace ForceSim.Reporting.Summaries;

/// <summary>Proportions as people say them: "1 in 6", "2 in 5", "nearly all", and whole percentages in prose.</summary>
public static class Proportions
{
    // A simple fraction is close enough when within this of the true share; the first denominator that is wins, in the
    // order people reach for them.
    private const double Tolerance = 0.035;

    private static readonly int[] Denominators = [2, 3, 4, 5, 6, 10, 20];

    /// <summary>"1 in 6" for 0.16, "2 in 5" for 0.41, "1 in 20" for 0.05, "fewer than 1 in 100" below 0.01.</summary>
    public static string InWords(double share)
    {
        if (share <= 0)
        {
            return "none";
        }

        if (share < 0.01)
        {
            return "fewer than 1 in 100";
        }

        if (share >= 1)
        {
            return "all";
        }

        if (share > 0.97)
        {
            return "nearly all";
        }

        if (share < 0.1)
        {
            return $"1 in {Math.Round(1 / share).ToString("0", CultureInfo.InvariantCulture)}";
        }

        foreach (var denominator in Denominators)
        {
            var numerator = (int)Math.Round(share * denominator, MidpointRounding.AwayFromZero);
            if (numerator > 0 && numerator < denominator && Gcd(numerator, denominator) == 1 && Math.Abs(((double)numerator / denominator) - share) <= Tolerance)
            {
                return $"{numerator} in {denominator}";
            }
        }

        return $"{Math.Round(share * 10, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} in 10";
    }

    /// <summary>A share in prose: whole percentages ("57%"), with "under 1%" rather than a misleading "0%".</summary>
    public static string Percent(double share) =>
        share > 0 && share < 0.005 ? "under 1%" : (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A change in percentage points with its sign: "+7.4 points", "−3.0 points".</summary>
    public static string Points(double change) =>
        (change < 0 ? "−" : "+") + Math.Abs(change * 100).ToString("0.0", CultureInfo.InvariantCulture) + " points";

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
