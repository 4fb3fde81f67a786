using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Experiments.Scenarios;
using ForceSim.Reporting.Cad;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Replays one replication in memory with a CAD extract writer as its incident log, so forces can test the import on
/// data whose truth is known and researchers get incident-level data. The extract is written as the run goes, to a
/// temporary file renamed into place at the end, so a reader never sees half an extract.
/// </summary>
public static class CadExportService
{
    public static CadExportResult Export(CadExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.OutputPath))
        {
            throw new InvalidRequestException("--out must name the CSV file to write.");
        }

        if (request.Replication is < 0 or >= 10000)
        {
            throw new InvalidRequestException($"--replication must be from 0 to 9999 (got {request.Replication}).");
        }

        var scenario = ScenarioInput.Load(request.ScenarioPath, seed: request.Seed, overrides: request.Overrides);
        var model = new CompiledScenario(scenario);
        long rows = 0;
        AtomicFile.Write(request.OutputPath, stream =>
        {
            using var writer = new CadExtractWriter(stream, model, CadAreas.Of(model));
            new InProcessRun(model, request.Replication, writer).Run(cancellationToken);
            rows = writer.Rows;
        });
        var start = scenario.Run.StartDate.AddDays((int)Math.Floor(model.Period.Start / 1440.0));
        return new CadExportResult(request.OutputPath, rows, start, (model.Period.End - model.Period.Start) / 1440.0, [.. model.Forces.Select(f => f.Id)]);
    }
}
