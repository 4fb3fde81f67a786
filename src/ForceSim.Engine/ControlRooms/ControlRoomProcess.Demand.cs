using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>Where contacts come from: first-time callers, repeat victims and 101 callers who ring 999.</summary>
public sealed partial class ControlRoomProcess
{
    private void ScheduleNextArrival(int force, int channel, double now)
    {
        var next = _model.Forces[force].Demand[channel].NextArrival(now, -Math.Log(1 - _arrivalStreams[force, channel]!.NextDouble()));
        if (next < _model.Period.End)
        {
            _calendar.Schedule(next, EvArrival, (force * ChannelIndex.Channels) + channel);
        }
    }

    private void OnArrival(int argument)
    {
        var force = argument / ChannelIndex.Channels;
        var channel = argument % ChannelIndex.Channels;
        ScheduleNextArrival(force, channel, _now);
        var rng = _attributeStreams[force, channel]!;
        var compiled = _model.Forces[force];
        var type = compiled.PickType((Channel)channel, rng.NextDouble());
        var contact = NewContact(force, (Channel)channel, type, rng, vulnerableDraw: null, victimId: -1, priorContacts: 0);
        Offer(contact);
    }

    private void OnRepeatCall(RepeatCall call)
    {
        // A victim calling across a border may use a channel this room does not run; they ring 101, else 999.
        var channel = _room.Channels[(int)call.Channel] is not null ? call.Channel
            : _room.Channels[(int)Channel.NonEmergency] is not null ? Channel.NonEmergency
            : Channel.Emergency;
        if (channel != call.Channel)
        {
            call = call with { Channel = channel };
        }

        var contact = NewContact(call.Force, call.Channel, call.IncidentType, _repeatStreams[call.Force]!, call.Vulnerable, call.VictimId, call.PriorContacts, crossBorder: call.LastForce != call.Force);
        Offer(contact);
    }

    private void OnSpill(Contact abandoned)
    {
        if (_room.Channels[(int)Channel.Emergency] is null)
        {
            return;
        }

        Offer(abandoned.SpillToEmergency(_now, _model.Period.Contains(_now)));
    }

    /// <summary>
    /// Draws every attribute of a contact in a fixed order. The same number of draws is made whatever
    /// the policy, so what-ifs compare the same callers.
    /// </summary>
    private Contact NewContact(int force, Channel channel, int type, SeededRandom rng, bool? vulnerableDraw, long victimId, int priorContacts, bool crossBorder = false)
    {
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
        if (victimId < 0)
        {
            victimId = hasVictim ? ((long)force << 40) | _dispatch[force]!.NextVictimSequence++ : 0;
        }

        return new Contact
        {
            Force = force,
            Channel = channel,
            ArrivalTime = _now,
            Counted = _model.Period.Contains(_now),
            VictimId = victimId,
            PriorContacts = priorContacts,
            CrossBorder = crossBorder,
            Type = type,
            Vulnerable = vulnerableDraw ?? uVulnerable < settings.Vulnerability,
            Crime = uCrime < settings.CrimeProbability,
            Urban = uUrban < compiled.Settings.Travel.UrbanShare,
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
        };
    }
}
