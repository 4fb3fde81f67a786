using System.Diagnostics.CodeAnalysis;
using ForceSim.Engine.Calendar;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Victims;

/// <summary>
/// A person who has contacted police. Confidence rises with timely attendance and updates and falls
/// when attendance is late without warning, the crime is not recorded or updates are missed. Victims
/// not safeguarded are likelier to be victimised again, and low confidence means a repeat crime may
/// go unreported.
/// </summary>
public sealed partial class VictimProcess : ILogicalProcess
{
    private readonly CompiledScenario _model;
    private readonly int _replication;
    private CompiledForce _force;
    private VictimSettings _settings;
    private VictimAgenda _agenda;
    private readonly SeededRandom _scratch;
    private GeneratorState _random;
    private readonly List<JourneyStep> _journey = new(capacity: 1); // most victims have one or two steps: grow from one
    private double _windowEnd;
    private long _sent;
    private int _lastIncidentType;
    private int _lastForce;
    private Channel _lastChannel;
    private bool _counted;
    private int _repeats;
    private long _repeatsCounted;
    private long _repeatsReported;
    private long _repeatsUnreported;
    private int _openCases;
    private int _callsAbandoned;

    /// <param name="scratch">A generator the host lends for drawing; the victim keeps only its own stream's state.</param>
    public VictimProcess(CompiledScenario model, long victimId, int replication, SeededRandom scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        _scratch = scratch;
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _replication = replication;
        BecomeVictim(victimId);
    }

    public LpId Id { get; private set; }

    public double NextEventTime => _agenda.NextTime;

    public long EventsProcessed { get; private set; }

    public double Confidence { get; private set; }

    public int Contacts { get; private set; }

    public bool Vulnerable { get; private set; }

    public IReadOnlyList<JourneyStep> Journey => _journey;

    /// <summary>
    /// Whether nothing more can happen to this victim: no event pending, an outcome heard for every call made (the first
    /// contact and each repeat call) and the end of every referred crime's investigation heard. Such a victim can never be
    /// addressed again, so a host may fold its contribution in and forget it.
    /// </summary>
    public bool HasNothingLeftToDo => _agenda.Count == 0 && _openCases == 0 && Contacts + _callsAbandoned == _sent + 1;

    public VictimJourney Describe() => new()
    {
        Id = Id.Id,
        Force = _force.Id,
        Vulnerable = Vulnerable,
        Contacts = Contacts,
        Confidence = Confidence,
        Steps = [.. _journey],
    };

    public void Start(List<Message> outbox)
    {
    }

    public void Deliver(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _agenda.Add(message.EffectTime, message);
    }

    public void Advance(double windowEnd, List<Message> outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        _windowEnd = windowEnd;
        while (_agenda.NextTime < windowEnd)
        {
            var (time, message) = _agenda.Take();
            EventsProcessed++;
            if (message is null)
            {
                OnRepeatVictimisation(time, outbox);
                continue;
            }

            switch (message)
            {
                case ContactOutcome outcome: OnContact(outcome); break;
                case InvestigationUpdate update: OnUpdate(update); break;
                case var other: throw new InvalidOperationException($"Victim cannot act on {other.GetType().Name}.");
            }
        }
    }

    /// <summary>What this victim adds to the replication's measures; a host may carry it instead of the victim.</summary>
    public VictimContribution Contribution =>
        new(_force.Index, _counted, Confidence, _repeatsCounted, _repeatsReported, _repeatsUnreported, EventsProcessed);

    public void Collect(ReplicationTally tally) => Contribution.AddTo(tally);

    private void OnContact(ContactOutcome outcome)
    {
        if (outcome.Abandoned)
        {
            // Not a contact made: nothing was assessed or attended, and no new risk of repeat follows from it.
            _callsAbandoned++;
            _journey.Add(new JourneyStep(outcome.ContactTime, JourneyKind.CallAbandoned, default, false, false, false, double.NaN, Confidence));
            return;
        }

        if (Contacts++ == 0)
        {
            _counted = _model.Period.Contains(outcome.ContactTime);
        }

        Vulnerable = outcome.Vulnerable;
        _openCases += outcome.Referred ? 1 : 0;
        _lastIncidentType = outcome.IncidentType;
        _lastForce = outcome.Force;
        _lastChannel = outcome.Channel;
        if (outcome.Attended)
        {
            Adjust(!outcome.Late ? _settings.AttendedInTime : outcome.ToldOfDelay ? _settings.LateToldOfDelay : _settings.LateNotTold);
        }

        if (outcome.Crime && !outcome.Recorded)
        {
            Adjust(_settings.CrimeNotRecorded);
        }

        _journey.Add(new JourneyStep(outcome.ContactTime, JourneyKind.Contact, outcome.GivenGrade, outcome.Late, outcome.Recorded, outcome.RepeatIdentified, outcome.ResponseMinutes, Confidence));

        // Safeguarding follows recognised risk: vulnerability or a repeat recognised, the incident graded for what it
        // needed (an under-graded call is a risk nobody acted on) and the crime recorded (an unrecorded crime gets none).
        var recognised = (outcome.VulnerabilityIdentified || outcome.RepeatIdentified) && outcome.GivenGrade == outcome.NeededGrade;
        var safeguarded = recognised && (!outcome.Crime || outcome.Recorded);
        var chance = outcome.Vulnerable && !safeguarded ? _settings.RepeatProbabilityNotSafeguarded : _settings.RepeatProbabilitySafeguarded;
        var random = Borrow();
        var u = random.NextDouble();
        var delayMinutes = _force.RepeatDelayDays.Sample(random) * 1440.0;
        _random = random.State;
        if (_repeats < _settings.MaxRepeatsPerVictim && u < chance)
        {
            _agenda.Add(outcome.EffectTime + delayMinutes, message: null);
        }
    }

    private void OnUpdate(InvestigationUpdate update)
    {
        var kind = update.Kind switch
        {
            InvestigationUpdateKind.Informed => JourneyKind.KeptInformed,
            InvestigationUpdateKind.NotInformed => JourneyKind.NotInformed,
            InvestigationUpdateKind.ScreenedOut => JourneyKind.ScreenedOut,
            InvestigationUpdateKind.ClosedCharged => JourneyKind.ClosedCharged,
            _ => JourneyKind.ClosedNoCharge,
        };
        _openCases -= kind is JourneyKind.ScreenedOut or JourneyKind.ClosedCharged or JourneyKind.ClosedNoCharge ? 1 : 0;
        if (kind == JourneyKind.KeptInformed)
        {
            Adjust(_settings.KeptInformed);
        }
        else if (kind == JourneyKind.NotInformed)
        {
            Adjust(_settings.NotInformed);
        }

        _journey.Add(new JourneyStep(update.At, kind, default, false, true, false, double.NaN, Confidence));
    }

    private void OnRepeatVictimisation(double now, List<Message> outbox)
    {
        var counted = _model.Period.Contains(now);
        _repeats++;
        _repeatsCounted += counted ? 1 : 0;
        var random = Borrow();
        var u = random.NextDouble();
        var delay = _force.ReportDelayMinutes.Sample(random);
        _random = random.State;

        // Whether to report depends on the confidence the victim has now.
        if (u >= Confidence)
        {
            _repeatsUnreported += counted ? 1 : 0;
            _journey.Add(new JourneyStep(now, JourneyKind.RepeatNotReported, default, false, false, false, double.NaN, Confidence));
            return;
        }

        _repeatsReported += counted ? 1 : 0;
        _journey.Add(new JourneyStep(now, JourneyKind.RepeatVictimisation, default, false, false, false, double.NaN, Confidence));
        var (force, type) = (_lastForce, _lastIncidentType);
        if (_force.Settings.Neighbours.Count > 0)
        {
            // Draws only for forces with neighbours, so scenarios without borders keep their streams unchanged.
            var borrowed = Borrow();
            (force, type) = CrossBorderReport.Where(_model, _force, borrowed, _lastForce, _lastIncidentType);
            _random = borrowed.State;
        }

        outbox.Add(new RepeatCall
        {
            EffectTime = Math.Max(now + delay, _windowEnd),
            Sender = Id,
            Target = new LpId(LpKind.ControlRoom, _model.Forces[force].ControlRoom),
            Sequence = _sent++,
            VictimId = Id.Id,
            Force = force,
            LastForce = _lastForce,
            IncidentType = type,
            Channel = _lastChannel,
            Vulnerable = Vulnerable,
            PriorContacts = Contacts,
        });
    }

    /// <summary>What a process takes from its victim's id: home force, settings, stream and starting confidence.</summary>
    [MemberNotNull(nameof(_force), nameof(_settings))]
    private void BecomeVictim(long victimId)
    {
        _force = _model.Forces[VictimIds.Force(victimId)];
        _settings = _force.Settings.Victims;
        Id = new LpId(LpKind.Victim, victimId);
        _random = SeededRandom.StateFor(_model.Seed, _replication, LpKind.Victim, victimId, "victimisation");
        Confidence = _settings.InitialConfidence;
    }

    private SeededRandom Borrow()
    {
        _scratch.State = _random;
        return _scratch;
    }

    private void Adjust(double change) => Confidence = Math.Clamp(Confidence + change, 0, 1);
}
