using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Victims;

/// <summary>Making a finished victim's process another victim's, as a host that forgets finished victims may.</summary>
public sealed partial class VictimProcess
{
    private const int KeptJourneySteps = 4;
    private const int KeptAgendaEvents = 4; // a victim rarely has more than two events pending

    /// <summary>
    /// Becomes victim <paramref name="victimId"/> of the same run, exactly as a process made for it afresh, keeping only
    /// the room its journey had grown to, up to a few steps. A national run meets millions of victims and a quarter of them wait weeks: made
    /// afresh, each would be copied by the collector into the older generations; reused, the objects are old already.
    /// Only for a victim with nothing left to do, whose contribution its host has taken.
    /// </summary>
    public VictimProcess Reuse(long victimId)
    {
        if (!HasNothingLeftToDo)
        {
            throw new InvalidOperationException($"Victim {Id.Id} still has something to do; it cannot become victim {victimId}.");
        }

        BecomeVictim(victimId);
        _agenda.Reset(KeptAgendaEvents);
        _journey.Clear();
        if (_journey.Capacity > KeptJourneySteps)
        {
            // A process passes through many victims: keeping the room its longest journey needed would ratchet every
            // process up to the longest journey of the run, so memory would grow with the horizon.
            _journey.Capacity = KeptJourneySteps;
        }

        _windowEnd = 0;
        _sent = 0;
        _lastIncidentType = 0;
        _lastForce = 0;
        _lastChannel = default;
        _counted = false;
        _repeats = 0;
        _repeatsCounted = 0;
        _repeatsReported = 0;
        _repeatsUnreported = 0;
        _openCases = 0;
        _callsAbandoned = 0;
        EventsProcessed = 0;
        Contacts = 0;
        Vulnerable = false;
        return this;
    }
}
