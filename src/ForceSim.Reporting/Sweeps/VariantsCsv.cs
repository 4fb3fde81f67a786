using System.Globalization;
using System.Text;
using ForceSim.Model.Experiments;

namespace ForceSim.Reporting.Sweeps;

/// <summary>variants.csv: each variant's number and the value of every factor (empty where it stays at the scenario's value).</summary>
public static class VariantsCsv
{
    public static string Render(Experiment experiment, IReadOnlyList<ExperimentVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(variants);
        var text = new StringBuilder("variant" + string.Concat(experiment.Factors.Select(f => "," + SweepTable.Escape(f.Column))) + "\n");
        foreach (var variant in variants)
        {
            text.Append(variant.Index.ToString(CultureInfo.InvariantCulture))
                .Append(string.Concat(variant.Values.Select(v => "," + SweepTable.Escape(v ?? "")))).Append('\n');
        }

        return text.ToString();
    }
}
