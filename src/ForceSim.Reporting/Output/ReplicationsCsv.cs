using System.Globalization;
using System.Text;
using ForceSim.Engine.Running;

namespace ForceSim.Reporting.Output;

/// <summary>Tidy per-replication data: one row per replication and measure (and force, in the per-force file).</summary>
public static class ReplicationsCsv
{
    public static string Render(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder("replication,measure,value\n");
        foreach (var replication in result.Replications)
        {
            foreach (var (name, value) in replication.Measures)
            {
                text.Append(replication.Replication.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(name).Append(',').Append(Format(value)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string RenderForces(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder("replication,force,measure,value\n");
        foreach (var replication in result.Replications)
        {
            foreach (var (force, measures) in replication.Forces)
            {
                foreach (var (name, value) in measures)
                {
                    text.Append(replication.Replication.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(force).Append(',').Append(name).Append(',').Append(Format(value)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
