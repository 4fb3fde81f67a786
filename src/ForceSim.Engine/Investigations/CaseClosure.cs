using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// How a case ends: a charge follows with the charge probability times the share of lines of enquiry completed, and
/// the victim is told. A case recorded in the measured period and closed before its end is tallied and offered to the
/// inspection's sample of crime files.
/// </summary>
public sealed class CaseClosure
{
    private readonly MeasuredPeriod _period;
    private readonly InvestigationSettings _settings;
    private readonly InvestigationContext _context;
    private readonly InvestigationTally _tally;
    private readonly CaseFileSample _caseFiles;

    public CaseClosure(CompiledScenario model, CompiledForce force, InvestigationContext context, InvestigationTally tally, int replication)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(force);
        _period = model.Period;
        _settings = force.Settings.Investigation!;
        _context = context;
        _tally = tally;
        _caseFiles = new CaseFileSample(model.Inspection.CaseFiles, replication, model.Seed, force.Index);
    }

    /// <summary>Closes the case on <paramref name="entry"/> (which is refreshed to show it closed), tallies it and tells the victim.</summary>
    public void Close(ref CaseloadEntry entry)
    {
        var item = entry.Item;
        var now = _context.Now;
        item.Close();
        entry.Refresh();
        var completed = (double)entry.LinesCompleted / entry.LineCount;
        var charged = item.UCharge < _settings.ChargeProbability * completed;
        if (item.Counted && now < _period.End)
        {
            _tally.Closed++;
            _tally.PlanSet += item.PlanSet ? 1 : 0;
            _tally.Supervised += item.EffectivelySupervised ? 1 : 0;
            _tally.LinesTotal += entry.LineCount;
            _tally.LinesCompleted += entry.LinesCompleted;
            _tally.Timely += now - item.RecordedAt <= _settings.TimelinessDays * 1440.0 ? 1 : 0;
            _tally.Charged += charged ? 1 : 0;
            _caseFiles.Offer(new CaseFile(item.CrimeClass, item.PlanSet, item.EffectivelySupervised, entry.LinesCompleted, entry.LineCount, item.UpdatesDelivered, item.UpdatesDue));
        }

        _context.Notify(item.VictimId, item.CrimeId, charged ? InvestigationUpdateKind.ClosedCharged : InvestigationUpdateKind.ClosedNoCharge);
    }

    /// <summary>The crime files an inspection would review, drawn from those offered (once, at the end of the run).</summary>
    public IReadOnlyList<CaseFile> SampledFiles() => _caseFiles.Select();
}
