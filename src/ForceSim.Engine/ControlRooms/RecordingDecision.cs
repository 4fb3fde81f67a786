using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Whether each crime an incident holds is recorded. The crime reported is recorded with its class's chance; further
/// crimes in the same incident and crimes disclosed at an incident not reported as one are missed more often; a victim
/// who does not support a prosecution, a vulnerability nobody recognised and an officer with a backlog of write-ups
/// each make recording less likely. So under-recording of violence, stalking and sexual offences comes from where
/// those crimes occur (domestic incidents, welfare calls, reluctant victims), not from lower class-level chances.
/// </summary>
public sealed class RecordingDecision
{
    private readonly CompiledScenario _model;
    private readonly ForceTally?[] _tallies;
    private readonly Reservoir<RecordedCheck>?[] _samples;

    /// <param name="tallies">Each force's tally, by force index (null for forces another room answers).</param>
    public RecordingDecision(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context, ForceTally?[] tallies)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        _model = model;
        _tallies = tallies;
        _samples = new Reservoir<RecordedCheck>?[model.Forces.Length];
        foreach (var f in room.Forces)
        {
            // The inspection's sample of reported crimes: was each one recorded?
            _samples[f] = new(model.Inspection.RecordingSample, context.Stream($"inspection:recording:{model.Forces[f].Id}"));
        }
    }

    /// <summary>Decides every crime of a closed incident, counting each; makes the same draws whatever is decided.</summary>
    public RecordedCrimes Decide(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var force = _model.Forces[contact.Force];
        var type = force.IncidentTypes[contact.Type];
        if (!contact.Crime && (type.Disclosed is null || !contact.Attended))
        {
            return RecordedCrimes.None; // no crime reported, and none can come to light: nothing to decide
        }

        var recording = force.Settings.Recording;
        var supports = contact.Profile.USupports < type.Settings.VictimSupports;
        var pressure = contact.Attended ? recording.PaperworkPressure.ShareAt(contact.BacklogAtScene) : 1.0;
        var penalty = contact.Vulnerable && !contact.Assessment.VulnerabilityIdentified ? recording.MissedVulnerabilityPenalty : 0;
        double Chance(in CompiledCrime crime, double relative) =>
            (crime.RecordingProbability * relative * (supports ? 1 : recording.VictimNotSupportingFactor) * pressure) - penalty;

        var anyRecorded = false;
        var referred = -1;
        var victimsCrime = false;
        var victimsCrimeRecorded = false;
        if (contact.Crime)
        {
            victimsCrime = true;
            victimsCrimeRecorded = contact.URecord < Chance(type.Crime, 1);
            Count(contact, type.Crime, victimsCrimeRecorded, CrimeKind.Reported);
            (anyRecorded, referred) = victimsCrimeRecorded ? (true, type.Crime.ClassIndex) : (false, -1);
        }

        var draws = new SplitMix(contact.Profile.FurtherCrimesSeed);
        foreach (var further in type.Further)
        {
            var present = draws.NextDouble() < further.Probability && contact.Crime;
            var recorded = draws.NextDouble() < Chance(further, recording.AdditionalCrimeFactor);
            if (present)
            {
                Count(contact, further, recorded, CrimeKind.Additional);
                (anyRecorded, referred) = recorded && !anyRecorded ? (true, further.ClassIndex) : (anyRecorded, referred);
            }
        }

        if (type.Disclosed is { } disclosed)
        {
            // Only officers who attend hear of a crime the caller did not report as one.
            var present = draws.NextDouble() < disclosed.Probability && !contact.Crime && contact.Attended;
            var recorded = draws.NextDouble() < Chance(disclosed, recording.DisclosedCrimeFactor);
            if (present)
            {
                Count(contact, disclosed, recorded, CrimeKind.Disclosed);
                (victimsCrime, victimsCrimeRecorded) = (true, recorded);
                (anyRecorded, referred) = recorded && !anyRecorded ? (true, disclosed.ClassIndex) : (anyRecorded, referred);
            }
        }

        return new RecordedCrimes(anyRecorded, referred, victimsCrime, victimsCrimeRecorded);
    }

    /// <summary>Hands the inspection its sample of reported crimes at the end of the run.</summary>
    public void Finish()
    {
        for (var f = 0; f < _samples.Length; f++)
        {
            if (_samples[f] is { } sample)
            {
                _tallies[f]!.Inspection.Recording.AddRange(sample.Items);
            }
        }
    }

    private void Count(Contact contact, in CompiledCrime crime, bool recorded, CrimeKind kind)
    {
        if (!contact.Counted)
        {
            return;
        }

        var tally = _tallies[contact.Force]!.Recording;
        tally.Count(crime.ClassIndex, crime.IsViolence, recorded);
        if (kind == CrimeKind.Additional)
        {
            tally.AdditionalOccurring++;
            tally.AdditionalRecorded += recorded ? 1 : 0;
        }
        else if (kind == CrimeKind.Disclosed)
        {
            tally.DisclosedOccurring++;
            tally.DisclosedRecorded += recorded ? 1 : 0;
        }

        _samples[contact.Force]!.Offer(new RecordedCheck(recorded, crime.IsViolence));
    }

    private enum CrimeKind
    {
        Reported,
        Additional,
        Disclosed,
    }
}
