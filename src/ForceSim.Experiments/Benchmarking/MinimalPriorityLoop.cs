using System.Runtime.CompilerServices;
using ForceSim.Engine.Randomness;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// The canonical priority queue written as plainly and tightly as a competent engineer would, with none of the
/// engine's machinery (no LPs, windows, victims or measures): a binary heap of struct events, one ring buffer of
/// waiting arrival times per class, the engine's own xoshiro generator, and no allocation per event. The engine's
/// time on the same model divided by this loop's time is what the model's generality costs.
/// </summary>
public static class MinimalPriorityLoop
{
    private const int Arrival = -1;

    /// <summary>
    /// Simulates the queue to the model's horizon. Marked for full optimisation from the first call (no tier-0 code, no
    /// on-stack replacement): one call runs the whole simulation, so tiered compilation would otherwise time an OSR
    /// variant of the loop rather than its fully optimised form.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MinimalLoopResult Run(MinimalLoopModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var classes = model.ClassShares.Count;
        var cumulative = new double[classes];
        var serviceRate = new double[classes];
        var sum = 0.0;
        for (var k = 0; k < classes; k++)
        {
            sum += model.ClassShares[k];
            cumulative[k] = sum;
            serviceRate[k] = 1 / model.ClassServiceMinutes[k];
        }

        cumulative[^1] = 1;
        var queues = new WaitingLine[classes];
        for (var k = 0; k < classes; k++)
        {
            queues[k] = new WaitingLine(1024);
        }

        var random = new SeededRandom((ulong)model.Seed);
        var heap = new EventHeap(model.Units + 2);
        var waitSum = new double[classes];
        var served = new long[classes];
        var arrivals = new long[classes];
        long events = 0;
        var busy = 0;
        var horizon = model.HorizonMinutes;
        var units = model.Units;
        var arrivalRate = model.ArrivalsPerMinute;
        heap.Push(new QueueEvent(Exponential(random, arrivalRate), Arrival));
        while (heap.Count > 0 && heap.Peek().Time < horizon)
        {
            var e = heap.Pop();
            var now = e.Time;
            events++;
            if (e.Class == Arrival)
            {
                heap.Push(new QueueEvent(now + Exponential(random, arrivalRate), Arrival));
                var u = random.NextDouble();
                var k = 0;
                while (u >= cumulative[k])
                {
                    k++;
                }

                arrivals[k]++;
                if (busy < units)
                {
                    busy++;
                    served[k]++;
                    heap.Push(new QueueEvent(now + Exponential(random, serviceRate[k]), k));
                }
                else
                {
                    queues[k].Enqueue(now);
                }

                continue;
            }

            // A unit clears: it takes the longest-waiting incident of the most urgent class waiting, or stands down.
            var next = 0;
            while (next < classes && queues[next].Count == 0)
            {
                next++;
            }

            if (next == classes)
            {
                busy--;
                continue;
            }

            waitSum[next] += now - queues[next].Dequeue();
            served[next]++;
            heap.Push(new QueueEvent(now + Exponential(random, serviceRate[next]), next));
        }

        var meanWaits = new double[classes];
        for (var k = 0; k < classes; k++)
        {
            meanWaits[k] = served[k] == 0 ? 0 : waitSum[k] / served[k];
        }

        return new MinimalLoopResult(arrivals.Sum(), events, meanWaits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Exponential(SeededRandom random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;
}
