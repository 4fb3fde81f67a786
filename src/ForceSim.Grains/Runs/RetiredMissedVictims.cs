using ForceSim.Engine.Victims;

namespace ForceSim.Grains.Runs;

/// <summary>
/// The journeys of missed repeat victims a run retired, trimmed to the few that could still be chosen to show: with
/// the victims still kept at the end they give the same choice as keeping every victim would. A retired victim's grain
/// is gone, so its journey has to come back with its last step; <see cref="DescribeFrom"/> tells victims whose journey
/// is too short to make the choice not to send it.
/// </summary>
internal sealed class RetiredMissedVictims(int count)
{
    private readonly List<VictimJourney> _kept = [];

    public IReadOnlyList<VictimJourney> Kept => _kept;

    /// <summary>The fewest steps a newly retired journey needs to be chosen over those kept (ties go by id, so equal counts).</summary>
    public int DescribeFrom { get; private set; } = count > 0 ? 0 : int.MaxValue;

    public void Offer(VictimJourney journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (count == 0)
        {
            return;
        }

        _kept.Add(journey);
        if (_kept.Count > count)
        {
            var chosen = MissedRepeatVictims.Choose(_kept.Select(j => (j.Id, j.Steps.Count)), count).ToHashSet();
            _kept.RemoveAll(j => !chosen.Contains(j.Id));
        }

        DescribeFrom = _kept.Count < count ? 0 : _kept.Min(j => j.Steps.Count);
    }
}
