using ForceSim.Engine.Hosting;

namespace ForceSim.Engine.Victims;

/// <summary>
/// Finds victims whose repeat contact was not recognised as a repeat: the people the inspection's
/// "repeat victims aren't always identified" finding is about, with their whole journey.
/// </summary>
public static class MissedRepeatVictims
{
    /// <summary>Up to <paramref name="count"/> such victims, those with the longest journeys first (ties by id, so the choice is reproducible).</summary>
    public static IReadOnlyList<VictimProcess> From(InProcessRun run, int count)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. run.Victims
            .Where(v => v.Journey.Where(s => s.Kind == JourneyKind.Contact).Skip(1).Any(s => !s.RepeatIdentified))
            .OrderByDescending(v => v.Journey.Count)
            .ThenBy(v => v.Id.Id)
            .Take(count)];
    }
}
