using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Tests.Inspection;

public sealed class CaseFileSampleTests
{
    private static readonly string[] SevenClasses = ["burglary", "criminal_damage", "other", "sexual", "stalking_harassment", "theft", "violence"];

    [Fact]
    public void With_every_class_large_the_files_are_spread_evenly_across_classes()
    {
        var sample = Offer(new CaseFileSample(130, 0, 42, 0), SevenClasses.Select(c => (c, 200)));

        var chosen = sample.Select();

        Assert.Equal(130, chosen.Count);
        var perClass = chosen.GroupBy(f => f.CrimeClass).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(SevenClasses, perClass.Keys.Order(StringComparer.Ordinal));
        Assert.All(perClass.Values, count => Assert.InRange(count, 18, 19));
        Assert.Equal(4, perClass.Values.Count(count => count == 19));
        Assert.Equal(130, chosen.Distinct().Count());
    }

    [Fact]
    public void A_class_with_only_three_files_gives_them_all_and_passes_its_unused_share_to_the_others()
    {
        var classes = SevenClasses.Select(c => (c, c == "sexual" ? 3 : 200));
        var sample = Offer(new CaseFileSample(130, 0, 42, 0), classes);

        var chosen = sample.Select();

        Assert.Equal(130, chosen.Count);
        var perClass = chosen.GroupBy(f => f.CrimeClass).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, perClass["sexual"]);

        // The other six share the remaining 127: 21 or 22 each, not the 18 or 19 of an even split.
        Assert.All(perClass.Where(p => p.Key != "sexual"), p => Assert.InRange(p.Value, 21, 22));
        Assert.Equal(127, perClass.Where(p => p.Key != "sexual").Sum(p => p.Value));
    }

    [Fact]
    public void With_fewer_files_than_the_sample_size_every_file_is_returned_once()
    {
        var sample = new CaseFileSample(130, 0, 42, 0);
        var offered = new List<CaseFile>();
        foreach (var (crimeClass, count) in (IEnumerable<(string, int)>)[("theft", 5), ("violence", 20), ("burglary", 1)])
        {
            for (var i = 0; i < count; i++)
            {
                var file = FileOf(crimeClass, i);
                offered.Add(file);
                sample.Offer(file);
            }
        }

        var chosen = sample.Select();

        Assert.Equal(26, chosen.Count);
        Assert.Equal(offered.ToHashSet(), chosen.ToHashSet());
    }

    [Fact]
    public void Nothing_offered_selects_nothing()
    {
        Assert.Empty(new CaseFileSample(130, 0, 42, 0).Select());
    }

    [Fact]
    public void A_sample_smaller_than_the_number_of_classes_takes_one_file_from_each_of_as_many_classes()
    {
        var sample = Offer(new CaseFileSample(5, 0, 42, 0), SevenClasses.Select(c => (c, 50)));

        var chosen = sample.Select();

        Assert.Equal(5, chosen.Count);
        Assert.Equal(5, chosen.Select(f => f.CrimeClass).Distinct().Count());
    }

    [Fact]
    public void Within_a_class_every_file_is_equally_likely_to_be_chosen()
    {
        // 10 files from two classes of 100: 5 from each, so each theft file is chosen 5% of the time (sd over
        // 2,000 replications ≈ 0.005). The class keeps up to 10 files, so the 5 must be drawn at random from those.
        const int Replications = 2000;
        var chosenCount = new int[100];
        for (var replication = 0; replication < Replications; replication++)
        {
            var sample = Offer(new CaseFileSample(10, replication, 42, 0), [("theft", 100), ("violence", 100)]);
            foreach (var file in sample.Select().Where(f => f.CrimeClass == "theft"))
            {
                chosenCount[file.LinesTotal]++;
            }
        }

        Assert.All(chosenCount, count => Assert.InRange(count / (double)Replications, 0.025, 0.075));
        var firstTen = chosenCount.Take(10).Sum() / (5.0 * Replications);
        Assert.InRange(firstTen, 0.08, 0.12);
    }

    [Fact]
    public void The_same_seed_and_replication_select_the_same_files_and_another_replication_selects_others()
    {
        IReadOnlyList<CaseFile> Select(int replication, long seed) =>
            Offer(new CaseFileSample(40, replication, seed, 0), SevenClasses.Select(c => (c, 100))).Select();

        Assert.Equal(Select(0, 42), Select(0, 42));
        Assert.NotEqual(Select(0, 42), Select(1, 42));
        Assert.NotEqual(Select(0, 42), Select(0, 43));
    }

    private static CaseFileSample Offer(CaseFileSample sample, IEnumerable<(string CrimeClass, int Count)> classes)
    {
        // Interleave the classes, as files close in time order rather than class by class.
        var remaining = classes.ToList();
        for (var i = 0; remaining.Count > 0; i++)
        {
            foreach (var (crimeClass, _) in remaining)
            {
                sample.Offer(FileOf(crimeClass, i));
            }

            remaining = [.. remaining.Where(c => c.Count > i + 1)];
        }

        return sample;
    }

    /// <summary>A file told apart from the others of its class by <see cref="CaseFile.LinesTotal"/> = its index.</summary>
    private static CaseFile FileOf(string crimeClass, int index) => new(crimeClass, index % 2 == 0, index % 3 == 0, 0, index, 0, 0);
}
