namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// First-come-first-served line of arrival times for one priority class: a ring buffer whose length is a power of two,
/// doubled when full, so a steady queue never allocates.
/// </summary>
internal sealed class WaitingLine(int capacity)
{
    private double[] _times = new double[Math.Max(1, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity))];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(double time)
    {
        if (Count == _times.Length)
        {
            var grown = new double[_times.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                grown[i] = _times[(_head + i) & (_times.Length - 1)];
            }

            _times = grown;
            _head = 0;
        }

        _times[(_head + Count) & (_times.Length - 1)] = time;
        Count++;
    }

    public double Dequeue()
    {
        var time = _times[_head];
        _head = (_head + 1) & (_times.Length - 1);
        Count--;
        return time;
    }
}
