using System.Globalization;
using CsvHelper;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.IncidentLogs;

namespace ForceSim.Reporting.Cad;

/// <summary>
/// Writes each incident a run closes as a row of a CAD extract (<see cref="CadColumns"/>), straight to the stream as
/// the run goes, so an extract of any length needs no more memory than one row. Only incidents that arrived in the
/// measured period are written, so the extract covers exactly the period the run's measures do.
/// </summary>
public sealed class CadExtractWriter : IIncidentLog, IDisposable
{
    private readonly CsvWriter _csv;
    private readonly CompiledScenario _model;
    private readonly DateTime _timeZero;
    private readonly string[][] _typeIds;
    private readonly string[][] _areaIds;

    /// <param name="areaIds">Each force's area ids by area index (empty for a force without geography).</param>
    public CadExtractWriter(Stream output, CompiledScenario model, IReadOnlyList<IReadOnlyList<string>>? areaIds = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _timeZero = model.Scenario.Run.StartDate.ToDateTime(TimeOnly.MinValue);
        _typeIds = [.. model.Forces.Select(f => f.Settings.IncidentTypes.Select(t => t.Id).ToArray())];
        _areaIds = [.. model.Forces.Select(f => areaIds is not null && f.Index < areaIds.Count ? areaIds[f.Index].ToArray() : [])];
        _csv = CsvWriter.Create(output, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
        foreach (var column in CadColumns.All)
        {
            _csv.WriteField(column);
        }

        _csv.EndRecord();
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    public void Closed(in IncidentRecord incident)
    {
        if (!incident.Counted)
        {
            return;
        }

        Rows++;
        _csv.WriteField(Rows.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(_model.Forces[incident.Force].Id);
        WriteTime(incident.CreatedAt);
        _csv.WriteField(CadNames.Of(incident.Channel));
        _csv.WriteField(_typeIds[incident.Force][incident.Type]);
        _csv.WriteField(CadNames.Of(incident.Grade));
        var areas = _areaIds[incident.Force];
        _csv.WriteField(incident.Area >= 0 && incident.Area < areas.Length ? areas[incident.Area] : "");
        WriteTime(incident.DispatchedAt);
        WriteTime(incident.ArrivedAt);
        WriteTime(incident.ClearedAt);
        _csv.WriteField(incident.CrimeRecorded ? "true" : "false");
        _csv.EndRecord();
    }

    public void Dispose() => _csv.Dispose();

    /// <summary>Minutes from time zero as a clock time, to the nearest second; blank for a time that never came (NaN).</summary>
    private void WriteTime(double minutes)
    {
        if (double.IsNaN(minutes))
        {
            _csv.WriteField("");
            return;
        }

        var seconds = (long)Math.Round(minutes * 60.0, MidpointRounding.AwayFromZero);
        _csv.WriteField(_timeZero.AddSeconds(seconds), CadColumns.TimeFormat);
    }
}
