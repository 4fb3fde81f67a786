using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Where contacts come from: first-time callers, repeat victims and 101 callers who ring 999. Separate streams
/// for arrival times and caller attributes, per force and channel, keep each one's draws aligned across what-ifs.
/// </summary>
public sealed class ContactDemand
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly SeededRandom?[,] _arrivalStreams;
    private readonly SeededRandom?[,] _attributeStreams;
    private readonly SeededRandom?[] _repeatStreams;
    private readonly long[] _nextVictimSequence;
    private readonly ContactPlaces _places;

    public ContactDemand(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        _model = model;
        _room = room;
        _context = context;
        _arrivalStreams = new SeededRandom?[model.Forces.Length, ChannelIndex.Channels];
        _attributeStreams = new SeededRandom?[model.Forces.Length, ChannelIndex.Channels];
        _repeatStreams = new SeededRandom?[model.Forces.Length];
        _nextVictimSequence = new long[model.Forces.Length];
        _places = new ContactPlaces(model, room, context);
        foreach (var f in room.Forces)
        {
            var force = model.Forces[f];
            _repeatStreams[f] = context.Stream($"repeat-contacts:{force.Id}");
            _nextVictimSequence[f] = 1;
            foreach (var channel in ChannelIndex.All)
            {
                var c = (int)channel;
                if (!force.Demand[c].IsZero && room.Channels[c] is not null)
                {
                    _arrivalStreams[f, c] = context.Stream($"arrivals:{force.Id}:{channel}");
                    _attributeStreams[f, c] = context.Stream($"contacts:{force.Id}:{channel}");
                }
            }
        }
    }

    /// <summary>Schedules the first caller of every force and channel this room answers, force by force.</summary>
    public void ScheduleFirstArrivals()
    {
        foreach (var f in _room.Forces)
        {
            for (var c = 0; c < ChannelIndex.Channels; c++)
            {
                if (_arrivalStreams[f, c] is not null)
                {
                    ScheduleNextArrival(f, c, 0);
                }
            }
        }
    }

    /// <summary>A first-time caller rings on the stream <paramref name="stream"/> names; the next one is scheduled first.</summary>
    public Contact Arrive(int stream)
    {
        var now = _context.Now;
        var force = stream / ChannelIndex.Channels;
        var channel = stream % ChannelIndex.Channels;
        ScheduleNextArrival(force, channel, now);
        var rng = _attributeStreams[force, channel]!;
        var type = _model.Forces[force].PickType((Channel)channel, rng.NextDouble());
        return NewContact(force, (Channel)channel, type, rng, vulnerableDraw: null, victimId: -1, priorContacts: 0, crossBorder: false, placeStream: channel);
    }

    /// <summary>A victim reports again. Calling across a border they may use a channel this room does not run: then 101, else 999.</summary>
    public Contact RepeatCall(RepeatCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var channel = _room.Channels[(int)call.Channel] is not null ? call.Channel
            : _room.Channels[(int)Channel.NonEmergency] is not null ? Channel.NonEmergency
            : Channel.Emergency;
        return NewContact(call.Force, channel, call.IncidentType, _repeatStreams[call.Force]!, call.Vulnerable, call.VictimId, call.PriorContacts, crossBorder: call.LastForce != call.Force, placeStream: ContactPlaces.Repeat);
    }

    /// <summary>A 101 caller who hung up rings 999, if this room answers 999 at all.</summary>
    public Contact? Spill(Contact abandoned)
    {
        ArgumentNullException.ThrowIfNull(abandoned);
        var now = _context.Now;
        return _room.Channels[(int)Channel.Emergency] is null ? null : _context.Contacts.TakeSpill(abandoned, now, _model.Period.Contains(now));
    }

    private void ScheduleNextArrival(int force, int channel, double now)
    {
        var next = _model.Forces[force].Demand[channel].NextArrival(now, -Math.Log(1 - _arrivalStreams[force, channel]!.NextDouble()));
        if (next < _model.Period.End)
        {
            _context.Calendar.Schedule(next, ControlRoomEventKind.Arrival, (force * ChannelIndex.Channels) + channel);
        }
    }

    /// <summary>
    /// Draws every attribute of a contact in a fixed order. The same number of draws is made whatever
    /// the policy, so what-ifs compare the same callers.
    /// </summary>
    private Contact NewContact(int force, Channel channel, int type, SeededRandom rng, bool? vulnerableDraw, long victimId, int priorContacts, bool crossBorder, int placeStream)
    {
        var now = _context.Now;
        var compiled = _model.Forces[force];
        var incident = compiled.IncidentTypes[type];
        var settings = incident.Settings;
        var channelModel = _room.Channels[(int)channel]!;
        var uVulnerable = rng.NextDouble();
        var uCrime = rng.NextDouble();
        var uVictim = rng.NextDouble();
        var uUrban = rng.NextDouble();
        var patience = channelModel.Patience is null ? double.PositiveInfinity : channelModel.Patience.Sample(rng) / 60.0;
        var handle = channelModel.Handle.Sample(rng);
        var grading = channelModel.Grading?.Sample(rng) ?? double.PositiveInfinity;
        var onScene = incident.OnScene.Sample(rng);
        var travel = compiled.Settings.Travel.Model == TravelModel.Distribution ? compiled.Travel.Sample(rng) : rng.NextDouble();
        var spillDelay = channelModel.SpillDelay?.Sample(rng) ?? 0;
        var hasVictim = uVictim < settings.VictimShare;
        var (area, journeyFactor, urban) = _places.Draw(force, placeStream, channel, uUrban);
        if (victimId < 0)
        {
            victimId = hasVictim ? VictimIds.Of(force, _nextVictimSequence[force]++) : 0;
        }

        return _context.Contacts.Take(new ContactProfile
        {
            Force = force,
            Channel = channel,
            ArrivalTime = now,
            Counted = _model.Period.Contains(now),
            VictimId = victimId,
            PriorContacts = priorContacts,
            CrossBorder = crossBorder,
            Type = type,
            Vulnerable = vulnerableDraw ?? uVulnerable < settings.Vulnerability,
            Crime = uCrime < settings.CrimeProbability,
            Urban = urban,
            Area = area,
            JourneyFactor = journeyFactor,
            PatienceMinutes = patience,
            HandleMinutes = handle,
            GradeAfterMinutes = Math.Min(grading, handle),
            OnSceneMinutes = onScene,
            TravelDraw = travel,
            SpillDelayMinutes = spillDelay,
            UStructured = rng.NextDouble(),
            UCheck = rng.NextDouble(),
            UVulnerabilityIdentified = rng.NextDouble(),
            UUndergrade = rng.NextDouble(),
            URecord = rng.NextDouble(),
            UNotify = rng.NextDouble(),
            USpill = rng.NextDouble(),

            // Drawn last, so the draws above stay aligned with models that have none of these mechanisms.
            StructuredMinutes = _room.StructuredAssessment.Minutes.Sample(rng),
            CheckMinutes = _room.RepeatVictimCheck.Minutes.Sample(rng),
            UMatch = rng.NextDouble(),
            USupports = rng.NextDouble(),
            UDesk = rng.NextDouble(),
            FurtherCrimesSeed = rng.NextUInt64(),
        });
    }
}
