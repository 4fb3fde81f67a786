using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The ids of victims a host has forgotten because nothing more could happen to them: a byte per victim, so a national
/// year's millions cost megabytes. A message to one of them would mean the model broke the rule that let the host
/// forget it; the protocol refuses it rather than meet a blank victim under an old id.
/// </summary>
internal sealed class RetiredVictims
{
    private readonly VictimTable<bool> _retired = new();

    public long Count { get; private set; }

    public void Add(long victimId)
    {
        ref var retired = ref _retired.At(victimId);
        if (!retired)
        {
            retired = true;
            Count++;
        }
    }

    public bool Contains(long victimId) => _retired.Get(victimId);
}
