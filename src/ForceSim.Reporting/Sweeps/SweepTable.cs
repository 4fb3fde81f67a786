using System.Globalization;
using System.Text;
using ForceSim.Engine.Running;

namespace ForceSim.Reporting.Sweeps;

/// <summary>One tidy row of a sweep: a variant's replication, its factor values (<c>null</c>: the scenario's own) and one measure.</summary>
public sealed record SweepRow(int Variant, int Replication, IReadOnlyList<string?> FactorValues, string Measure, double? Value);

/// <summary>
/// The tidy table of a sweep, <c>variant,replication,&lt;factor columns&gt;,measure,value</c>, built variant by variant;
/// it renders each variant's rows as CSV as they arrive, so <c>sweep.csv</c> can be streamed.
/// </summary>
public sealed class SweepTable
{
    private readonly List<SweepRow> _rows = [];
    private readonly Func<string, bool> _keep;

    /// <param name="factorColumns">The factor column names, in the experiment's order.</param>
    /// <param name="measures">Measures to keep: exact names, or a prefix followed by <c>*</c>; empty keeps all.</param>
    public SweepTable(IReadOnlyList<string> factorColumns, IReadOnlyList<string> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        FactorColumns = factorColumns;
        _keep = measures.Count == 0 ? _ => true : name => measures.Any(m => Matches(m, name));
    }

    public IReadOnlyList<string> FactorColumns { get; }

    public IReadOnlyList<SweepRow> Rows => _rows;

    /// <summary>True when <paramref name="name"/> is <paramref name="pattern"/>, or starts with it less a final <c>*</c>.</summary>
    public static bool Matches(string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(name);
        return pattern.EndsWith('*')
            ? name.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, name, StringComparison.Ordinal);
    }

    public string Header() =>
        "variant,replication," + string.Concat(FactorColumns.Select(c => Escape(c) + ",")) + "measure,value\n";

    /// <summary>Adds one variant's replications (in replication order, measures in name order) and returns their CSV lines.</summary>
    public string Add(int variant, IReadOnlyList<string?> factorValues, IReadOnlyList<ReplicationResult> replications)
    {
        ArgumentNullException.ThrowIfNull(factorValues);
        ArgumentNullException.ThrowIfNull(replications);
        var text = new StringBuilder();
        var factors = string.Concat(factorValues.Select(v => Escape(v ?? "") + ","));
        foreach (var replication in replications.OrderBy(r => r.Replication))
        {
            foreach (var (name, value) in replication.Measures.Where(m => _keep(m.Key)))
            {
                _rows.Add(new SweepRow(variant, replication.Replication, factorValues, name, value));
                text.Append(variant.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(replication.Replication.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(factors).Append(Escape(name)).Append(',').Append(Format(value)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Quotes a CSV field holding a comma, a quote or a line break.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
