using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// The investigators' day: each spends their hours on their cases oldest first, at most a set number a case. A victim
/// update that is due comes first and is missed when no time is left; then lines of enquiry, where a plan saves effort.
/// A case closes when all its lines are done or at the deadline, so overload shows as missed updates and unfinished
/// enquiries.
/// </summary>
public sealed class CaseWork
{
    private readonly MeasuredPeriod _period;
    private readonly InvestigationSettings _settings;
    private readonly InvestigationContext _context;
    private readonly Caseloads _caseloads;
    private readonly CaseClosure _closure;
    private readonly InvestigationTally _tally;

    public CaseWork(CompiledScenario model, InvestigationSettings settings, InvestigationContext context, Caseloads caseloads, CaseClosure closure, InvestigationTally tally)
    {
        ArgumentNullException.ThrowIfNull(model);
        _period = model.Period;
        _settings = settings;
        _context = context;
        _caseloads = caseloads;
        _closure = closure;
        _tally = tally;
    }

    /// <summary>
    /// Every investigator's day in turn, worked on the caseload entries; a case itself is visited only for an update or
    /// to close it. Once an investigator's hours are spent, a case on which nothing falls due (no update, not at the
    /// deadline) is passed over: working it would change nothing, and an open case never has all its lines done (it
    /// closes the moment they are).
    /// </summary>
    public void WorkTheDay()
    {
        var now = _context.Now;
        var planFactor = 1 - _settings.PlanEffortSaving;
        var deadline = _settings.CaseDeadlineDays * 1440.0;
        for (var investigator = 0; investigator < _caseloads.Investigators; investigator++)
        {
            var hours = _settings.InvestigatorHoursPerDay;
            var closed = false;
            var caseload = _caseloads.Of(investigator);
            for (var i = 0; i < caseload.Length; i++)
            {
                ref var entry = ref caseload[i];
                var updateDue = entry.NextUpdateDue <= now;
                var atDeadline = now - entry.AllocatedAt >= deadline;
                if (hours <= 0 && !updateDue && !atDeadline)
                {
                    continue;
                }

                if (updateDue)
                {
                    hours -= UpdateVictim(entry.Item, hours);
                    entry.Refresh();
                }

                var budget = Math.Min(hours, _settings.MaxHoursPerCasePerDay);
                hours -= budget - entry.Work(budget, entry.PlanSet ? planFactor : 1.0);
                if (entry.AllLinesCompleted || atDeadline)
                {
                    _closure.Close(ref entry);
                    closed = true;
                }
            }

            if (closed)
            {
                _caseloads.RemoveClosed(investigator);
            }
        }
    }

    /// <summary>Gives the victim the update that is due if the investigator has time left for it; returns the hours spent.</summary>
    private double UpdateVictim(Case item, double hoursLeft)
    {
        var updateHours = _settings.VictimUpdateMinutes / 60.0;
        var delivered = hoursLeft >= updateHours;
        if (_period.Contains(item.NextUpdateDue))
        {
            _tally.UpdatesDue++;
            _tally.UpdatesDelivered += delivered ? 1 : 0;
        }

        item.UpdateVictim(delivered, _settings.VictimUpdateIntervalDays * 1440.0);
        _context.Notify(item.VictimId, item.CrimeId, delivered ? InvestigationUpdateKind.Informed : InvestigationUpdateKind.NotInformed);
        return delivered ? updateHours : 0;
    }
}
