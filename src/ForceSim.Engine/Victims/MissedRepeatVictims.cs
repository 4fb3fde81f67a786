using ForceSim.Engine.Hosting;

namespace ForceSim.Engine.Victims;

/// <summary>
/// Finds victims whose repeat contact was not recognised as a repeat: the people the inspection's
/// "repeat victims aren't always identified" finding is about, with their whole journey.
/// </summary>
public static class MissedRepeatVictims
{
    /// <summary>Whether a later contact in this journey was not recognised as a repeat.</summary>
    public static bool IsMissed(IReadOnlyList<JourneyStep> journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var contacts = 0;
        for (var i = 0; i < journey.Count; i++) // asked of every victim retired: no enumerators
        {
            if (journey[i].Kind == JourneyKind.Contact && contacts++ > 0 && !journey[i].RepeatIdentified)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Up to <paramref name="count"/> of the missed victims, longest journeys first (ties by id, so the choice is reproducible).</summary>
    public static IReadOnlyList<long> Choose(IEnumerable<(long Id, int JourneyLength)> missed, int count) =>
        [.. missed.OrderByDescending(v => v.JourneyLength).ThenBy(v => v.Id).Take(count).Select(v => v.Id)];

    public static IReadOnlyList<VictimJourney> From(InProcessRun run, int count)
    {
        ArgumentNullException.ThrowIfNull(run);
        var retired = run.RetiredMissedJourneys;
        var live = run.Victims.Where(v => IsMissed(v.Journey)).Select(v => (v.Id.Id, v.Journey.Count));
        var chosen = Choose(live.Concat(retired.Select(j => (j.Id, j.Steps.Count))), count);
        return [.. chosen.Select(id => run.Victim(id)?.Describe() ?? retired.First(j => j.Id == id))];
    }
}
