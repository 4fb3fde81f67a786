using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Tests.Checkpoints;

public sealed class ReplicationCheckpointTests : IDisposable
{
    private static readonly Fingerprint Fingerprint = new("0123456789ABCDEF");

    private readonly TempFolder _temp = new();
    private readonly string _folder;

    public ReplicationCheckpointTests() => _folder = _temp[".checkpoints"];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_simulated_replication_round_trips_exactly()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        var original = TestResults.Simulated.Replications[2];

        checkpoint.Save(original);
        var loaded = checkpoint.TryLoad(2);

        Assert.NotNull(loaded);
        AssertIdentical(original, loaded);
    }

    [Fact]
    public void A_checkpoint_that_cannot_be_saved_keeps_the_earlier_ones_whole_and_says_a_rerun_resumes_from_them()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        checkpoint.Save(TestResults.Simulated.Replications[0]);
        Directory.CreateDirectory(Path.Combine(_folder, "replication-00001.json")); // the rename over it is refused

        var fault = Assert.Throws<OutputFaultException>(() => checkpoint.Save(TestResults.Simulated.Replications[1]));

        Assert.Contains($"while writing replication-00001.json to '{_folder}'", fault.Message, StringComparison.Ordinal);
        Assert.EndsWith("; no results were written; the replications finished before it are saved, so running the same command again resumes from them once the fault is cleared", fault.Message, StringComparison.Ordinal);
        AssertIdentical(TestResults.Simulated.Replications[0], checkpoint.TryLoad(0)!);
        Assert.Equal([".checkpoints/replication-00000.json"], _temp.Files());
    }

    [Fact]
    public void Awkward_doubles_and_nulls_round_trip_bit_for_bit()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        var original = TestResults.Replication(
            7,
            ("a", 0.1 + 0.2),
            ("b", Math.PI),
            ("c", double.Epsilon),
            ("d", 2.2250738585072009e-308),
            ("e", double.MaxValue),
            ("f", double.MinValue),
            ("g", 1.0 / 3.0),
            ("h", 123456789012345.67),
            ("i", -0.0),
            ("j", null),
            ("k", 0.0)) with
        { EventsProcessed = long.MaxValue };

        checkpoint.Save(original);
        var loaded = checkpoint.TryLoad(7);

        Assert.NotNull(loaded);
        AssertIdentical(original, loaded);
    }

    [Fact]
    public void A_checkpoint_with_another_fingerprint_is_not_used()
    {
        new ReplicationCheckpoint(_folder, Fingerprint).Save(TestResults.Replication(0, ("a", 1.0)));

        var other = new ReplicationCheckpoint(_folder, new Fingerprint("FEDCBA9876543210"));

        Assert.Null(other.TryLoad(0));
        Assert.NotNull(new ReplicationCheckpoint(_folder, Fingerprint).TryLoad(0));
    }

    [Fact]
    public void A_missing_checkpoint_is_absent()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);

        Assert.Null(checkpoint.TryLoad(0));
        Assert.False(Directory.Exists(_folder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"Fingerprint\":\"0123456789ABCDEF\",\"Replication\":3,\"Events\":1,\"Measures\":{\"a\":0.")]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"Fingerprint\":\"0123456789ABCDEF\",\"Replication\":\"three\"}")]
    public void A_corrupt_checkpoint_file_is_treated_as_absent(string contents)
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        checkpoint.Save(TestResults.Replication(3, ("a", 1.0)));
        var path = Assert.Single(Directory.GetFiles(_folder));
        File.WriteAllText(path, contents);

        Assert.Null(checkpoint.TryLoad(3));
    }

    [Fact]
    public void A_checkpoint_of_binary_garbage_is_treated_as_absent()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        checkpoint.Save(TestResults.Replication(3, ("a", 1.0)));
        File.WriteAllBytes(Assert.Single(Directory.GetFiles(_folder)), [0xFF, 0xFE, 0x00, 0x7B, 0x80, 0x81]);

        Assert.Null(checkpoint.TryLoad(3));
    }

    [Fact]
    public void A_checkpoint_copied_to_another_replications_file_is_not_used_for_it()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        checkpoint.Save(TestResults.Replication(1, ("a", 1.0)));
        var saved = Assert.Single(Directory.GetFiles(_folder));
        File.Copy(saved, saved.Replace("00001", "00002", StringComparison.Ordinal));

        Assert.NotNull(checkpoint.TryLoad(1));
        Assert.Null(checkpoint.TryLoad(2));
    }

    [Fact]
    public void Each_replication_has_its_own_file_and_saving_again_replaces_it()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);

        checkpoint.Save(TestResults.Replication(0, ("a", 1.0)));
        checkpoint.Save(TestResults.Replication(1, ("a", 2.0)));
        checkpoint.Save(TestResults.Replication(0, ("a", 3.0)));

        Assert.Equal([".checkpoints/replication-00000.json", ".checkpoints/replication-00001.json"], _temp.Files());
        Assert.Equal(3.0, checkpoint.TryLoad(0)!.Measures["a"]);
        Assert.Equal(2.0, checkpoint.TryLoad(1)!.Measures["a"]);
    }

    [Fact]
    public void Clear_deletes_every_checkpoint_and_the_folder_and_is_harmless_when_there_is_none()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        checkpoint.Save(TestResults.Replication(0, ("a", 1.0)));
        File.WriteAllText(Path.Combine(_folder, ".replication-00001.json.123.tmp"), "left by a killed run");

        checkpoint.Clear();
        checkpoint.Clear();

        Assert.False(Directory.Exists(_folder));
        Assert.Null(checkpoint.TryLoad(0));
    }

    [Fact]
    public void Loaded_measures_are_sorted_by_ordinal_name_like_fresh_results()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        checkpoint.Save(TestResults.Replication(0, ("b", 1.0), ("B", 2.0), ("a.z", 3.0), ("a", 4.0)));

        var loaded = checkpoint.TryLoad(0)!;

        Assert.Equal(["B", "a", "a.z", "b"], loaded.Measures.Keys);
        Assert.Equal(["B", "a", "a.z", "b"], loaded.Forces[TestResults.Force].Keys);
    }

    [Fact]
    public void A_resumed_result_renders_the_same_json_and_csv_as_the_original()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);
        var original = TestResults.Simulated;
        foreach (var replication in original.Replications)
        {
            checkpoint.Save(replication);
        }

        var resumed = original with { Replications = [.. original.Replications.Select(r => checkpoint.TryLoad(r.Replication)!)] };

        Assert.Equal(ResultsJson.Render(original), ResultsJson.Render(resumed));
        Assert.Equal(ReplicationsCsv.Render(original), ReplicationsCsv.Render(resumed));
        Assert.Equal(ReplicationsCsv.RenderForces(original), ReplicationsCsv.RenderForces(resumed));
    }

    [Fact]
    public void Saving_leaves_no_temporary_files()
    {
        var checkpoint = new ReplicationCheckpoint(_folder, Fingerprint);

        foreach (var replication in TestResults.Simulated.Replications)
        {
            checkpoint.Save(replication);
        }

        Assert.DoesNotContain(_temp.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(TestResults.Simulated.Replications.Count, _temp.Files().Count);
    }

    private static void AssertIdentical(ReplicationResult expected, ReplicationResult actual)
    {
        Assert.Equal(expected.Replication, actual.Replication);
        Assert.Equal(expected.EventsProcessed, actual.EventsProcessed);
        AssertIdentical(expected.Measures, actual.Measures);
        Assert.Equal(expected.Forces.Keys, actual.Forces.Keys);
        foreach (var (force, measures) in expected.Forces)
        {
            AssertIdentical(measures, actual.Forces[force]);
        }
    }

    private static void AssertIdentical(SortedDictionary<string, double?> expected, SortedDictionary<string, double?> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, value) in expected)
        {
            var loaded = actual[name];
            Assert.True(
                value.HasValue == loaded.HasValue && (value is null || BitConverter.DoubleToInt64Bits(value.Value) == BitConverter.DoubleToInt64Bits(loaded!.Value)),
                $"{name}: saved {value:R}, loaded {loaded:R}");
        }
    }
}
