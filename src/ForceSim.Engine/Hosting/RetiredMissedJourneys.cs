using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The journeys of missed repeat victims a run retired, trimmed to the few that could still be chosen to show: with
/// the victims still in memory at the end they give the same choice as keeping every victim would.
/// </summary>
internal sealed class RetiredMissedJourneys(int count)
{
    private readonly List<VictimJourney> _kept = [];

    public IReadOnlyList<VictimJourney> Kept => _kept;

    public void Offer(VictimProcess victim)
    {
        if (!MissedRepeatVictims.IsMissed(victim.Journey))
        {
            return;
        }

        _kept.Add(victim.Describe());
        if (_kept.Count >= 4 * count)
        {
            var chosen = MissedRepeatVictims.Choose(_kept.Select(j => (j.Id, j.Steps.Count)), count).ToHashSet();
            _kept.RemoveAll(j => !chosen.Contains(j.Id));
        }
    }
}
