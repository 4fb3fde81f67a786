using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// New crimes wait for the daily allocation point, then are taken in the order referred: each is screened out (closed
/// at assessment, and the victim told) or allocated to the least-loaded investigator. A crime's draws (screening,
/// lines of enquiry and their hours, plan, charge) are all made before screening, so changing the screening share
/// leaves every other crime's draws as they were.
/// </summary>
public sealed class CaseAllocation
{
    private readonly MeasuredPeriod _period;
    private readonly CompiledForce _force;
    private readonly InvestigationSettings _settings;
    private readonly InvestigationContext _context;
    private readonly Caseloads _caseloads;
    private readonly InvestigationTally _tally;
    private readonly SeededRandom _random;
    private readonly List<CrimeReferral> _waiting = [];
    private double[] _lineHours = new double[8]; // scratch for one crime's lines of enquiry

    public CaseAllocation(CompiledScenario model, CompiledForce force, InvestigationContext context, Caseloads caseloads, InvestigationTally tally)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(force);
        ArgumentNullException.ThrowIfNull(context);
        _period = model.Period;
        _force = force;
        _settings = force.Settings.Investigation!;
        _context = context;
        _caseloads = caseloads;
        _tally = tally;
        _random = context.Stream("allocation");
    }

    /// <summary>A recorded crime joins those waiting for the next allocation point.</summary>
    public void Refer(CrimeReferral referral) => _waiting.Add(referral);

    /// <summary>Screens or allocates every crime waiting, in the order referred.</summary>
    public void AllocateWaiting()
    {
        var now = _context.Now;
        foreach (var referral in _waiting)
        {
            var counted = _period.Contains(referral.RecordedAt);
            var uScreen = _random.NextDouble();
            var lines = Math.Max(1, (int)Math.Round(_force.LinesOfEnquiry!.Sample(_random)));
            // Drawn for every crime, so the stream does not depend on screening; kept only for a crime that is allocated.
            if (_lineHours.Length < lines)
            {
                _lineHours = new double[lines];
            }

            for (var i = 0; i < lines; i++)
            {
                _lineHours[i] = _force.HoursPerLine!.Sample(_random);
            }

            var uPlan = _random.NextDouble();
            var uCharge = _random.NextDouble();
            _tally.Referred += counted ? 1 : 0;
            if (uScreen < _settings.ScreenedOutShare)
            {
                _tally.ScreenedOut += counted ? 1 : 0;
                _context.Notify(referral.VictimId, referral.CrimeId, InvestigationUpdateKind.ScreenedOut);
                continue;
            }

            _caseloads.Add(new Case
            {
                CrimeId = referral.CrimeId,
                VictimId = referral.VictimId,
                RecordedAt = referral.RecordedAt,
                CrimeClass = referral.CrimeClass,
                AllocatedAt = now,
                Investigator = _caseloads.LeastLoaded(),
                LineHours = _lineHours[..lines],
                UPlan = uPlan,
                UCharge = uCharge,
                Counted = counted,
                NextReviewDue = now + (_settings.ReviewIntervalDays * 1440.0),
                NextUpdateDue = now + (_settings.VictimUpdateIntervalDays * 1440.0),
            });
        }

        _waiting.Clear();
    }
}
