using System.Globalization;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Cad;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Everything an import keeps while it streams an extract: counts by channel, hour of week, month, type, grade and
/// area, and each type's on-scene sufficient statistics. Its size depends on the number of distinct types and areas,
/// never on the number of rows, so memory stays bounded however long the extract.
/// </summary>
internal sealed class CadTally
{
    /// <summary>More distinct codes than any force uses: a sign the column holds free text, which must not be fitted.</summary>
    public const int MostCodes = 2000;

    private static readonly Channel[] Channels = [Channel.Emergency, Channel.NonEmergency, Channel.Online];
    private readonly long[] _byChannel = new long[3];
    private readonly long[] _hourOfWeek = new long[168];
    private readonly long[] _month = new long[12];
    private readonly Dictionary<string, TypeTally> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _areas = new(StringComparer.Ordinal);
    private DateTime _first = DateTime.MaxValue;
    private DateTime _last = DateTime.MinValue;

    public long Rows { get; private set; }

    /// <summary>Adds a row; false when it would take the distinct types or areas past <see cref="MostCodes"/>.</summary>
    public bool Add(in CadRow row)
    {
        if (!_types.TryGetValue(row.Type, out var type))
        {
            if (_types.Count >= MostCodes)
            {
                return false;
            }

            _types[row.Type] = type = new TypeTally();
        }

        if (row.Area is { } area && !_areas.ContainsKey(area) && _areas.Count >= MostCodes)
        {
            return false;
        }

        Rows++;
        _first = row.Created < _first ? row.Created : _first;
        _last = row.Created > _last ? row.Created : _last;
        _byChannel[(int)row.Channel]++;
        _hourOfWeek[DemandProfileFit.HourOfWeek(row.Created)]++;
        _month[row.Created.Month - 1]++;
        type.Total++;
        type.ByChannel[(int)row.Channel]++;
        type.ByGrade[(int)row.Grade]++;
        if (row.CrimeRecorded is { } recorded)
        {
            type.CrimeKnown++;
            type.CrimeRecorded += recorded ? 1 : 0;
        }

        if (!double.IsNaN(row.OnSceneMinutes))
        {
            type.OnScene.Add(row.OnSceneMinutes);
        }

        if (row.Area is { } a)
        {
            _areas[a] = _areas.GetValueOrDefault(a) + 1;
        }

        return true;
    }

    /// <summary>The fit; needs at least two rows at different times (a span to scale volumes by).</summary>
    public CadFit Fit(string forceId)
    {
        var notes = new List<string>();
        // The range of n uniform times falls short of the period they come from by about one gap: widen it by (n+1)/(n-1).
        var spanDays = (_last - _first).TotalDays * (Rows + 1) / (Rows - 1);
        var (week, months, hoursUncovered, monthsUncovered) = DemandProfileFit.Fit(_hourOfWeek, _month, _first, _last);
        if (spanDays < 364)
        {
            notes.Add(Invariant($"the extract covers {spanDays:0.#} days, less than a year: annual volumes scale that period up and carry its season"));
        }

        if (monthsUncovered > 0)
        {
            notes.Add(Invariant($"{monthsUncovered} month(s) are not in the extract; their month factor is 1 (no information)"));
        }

        if (hoursUncovered > 0)
        {
            notes.Add(Invariant($"{hoursUncovered} hour(s) of the week are not in the extract; their factor is 1 (no information)"));
        }

        var types = _types.OrderByDescending(t => t.Value.Total).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => Type(t.Key, t.Value)).ToList();
        foreach (var thin in types.Where(t => t.OnScene is { Count: > 0 and < 30 }))
        {
            notes.Add(Invariant($"{thin.Id}: only {thin.OnScene!.Count} on-scene time(s); its fit is rough"));
        }

        var areaTotal = _areas.Values.Sum();
        return new CadFit
        {
            ForceId = forceId,
            Incidents = Rows,
            From = _first,
            To = _last,
            SpanDays = spanDays,
            ChannelCounts = Channels.ToDictionary(c => c, c => _byChannel[(int)c]),
            AnnualVolume = Channels.ToDictionary(c => c, c => _byChannel[(int)c] * 365.0 / spanDays),
            HourOfWeek = week,
            Month = months,
            Types = types,
            Areas = [.. _areas.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => new AreaFit(a.Key, a.Value, (double)a.Value / areaTotal))],
            Notes = notes,
        };
    }

    /// <summary>Whether the rows span any time at all (two or more distinct created times).</summary>
    public bool HasSpan => Rows >= 2 && _last > _first;

    private TypeFit Type(string id, TypeTally t)
    {
        var grades = Enumerable.Range(0, 4).ToDictionary(g => (Grade)g, g => (double)t.ByGrade[g] / t.Total);
        return new TypeFit
        {
            Id = id,
            Count = t.Total,
            Shares = Channels.ToDictionary(c => c, c => _byChannel[(int)c] > 0 ? (double)t.ByChannel[(int)c] / _byChannel[(int)c] : 0),
            GradeShares = grades,
            Grade = grades.OrderByDescending(g => g.Value).ThenBy(g => g.Key).First().Key,
            CrimeRecordedShare = t.CrimeKnown > 0 ? (double)t.CrimeRecorded / t.CrimeKnown : null,
            OnScene = t.OnScene.Fit(),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
