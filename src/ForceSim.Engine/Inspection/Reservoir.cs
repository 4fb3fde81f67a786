using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Inspection;

/// <summary>
/// A uniform random sample of fixed size from a stream of items (reservoir sampling, Algorithm R):
/// the inspection emulator's audit sample without storing the whole population.
/// </summary>
public sealed class Reservoir<T>
{
    private readonly List<T> _items;
    private readonly SeededRandom _random;

    public Reservoir(int capacity, SeededRandom random)
    {
        Capacity = capacity;
        _items = new List<T>(Math.Min(capacity, 4096));
        _random = random;
    }

    public int Capacity { get; }

    /// <summary>Items offered so far (the population size).</summary>
    public long Seen { get; private set; }

    public IReadOnlyList<T> Items => _items;

    public void Offer(T item)
    {
        Seen++;
        if (_items.Count < Capacity)
        {
            _items.Add(item);
            return;
        }

        // Keep the new item with probability capacity / seen, replacing a uniformly chosen one.
        var slot = (long)(_random.NextDouble() * Seen);
        if (slot < Capacity)
        {
            _items[(int)slot] = item;
        }
    }
}
