using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Tests.Inspection;

public sealed class InspectionMeasuresTests
{
    private static readonly string[] Names =
        ["attendance_within_need_target", "repeat_victim_check_done", "plan_set", "supervised", "enquiries_completed", "victims_informed", "crimes_recorded", "violence_recorded"];

    [Fact]
    public void Proportions_and_sample_sizes_of_a_hand_built_tally()
    {
        var tally = new InspectionTally();
        tally.Attendance.AddRange([true, false, true, true]);
        tally.RepeatVictimChecks.AddRange([true, false, false, false, true]);
        tally.CaseFiles.AddRange(
        [
            new CaseFile("violence", PlanSet: true, Supervised: false, LinesCompleted: 3, LinesTotal: 4, UpdatesDelivered: 1, UpdatesDue: 2),
            new CaseFile("theft", PlanSet: false, Supervised: true, LinesCompleted: 1, LinesTotal: 6, UpdatesDelivered: 0, UpdatesDue: 0),
            new CaseFile("violence", PlanSet: true, Supervised: false, LinesCompleted: 2, LinesTotal: 2, UpdatesDelivered: 3, UpdatesDue: 3),
        ]);
        tally.Recording.AddRange([new(true, false), new(false, false), new(true, true), new(false, true), new(true, true)]);
        var measures = new SortedDictionary<string, double?>(StringComparer.Ordinal);

        InspectionMeasures.Compute(tally, measures);

        Assert.Equal(0.75, measures["inspection.attendance_within_need_target"]);
        Assert.Equal(4, measures["inspection.attendance_within_need_target_n"]);
        Assert.Equal(0.4, measures["inspection.repeat_victim_check_done"]);
        Assert.Equal(5, measures["inspection.repeat_victim_check_done_n"]);
        Assert.Equal(2.0 / 3, measures["inspection.plan_set"]);
        Assert.Equal(1.0 / 3, measures["inspection.supervised"]);
        Assert.Equal(3, measures["inspection.plan_set_n"]);
        Assert.Equal(3, measures["inspection.supervised_n"]);

        // Lines of enquiry: a ratio of sums over the files (6 of 12), not a mean of per-file ratios (0.64).
        Assert.Equal(0.5, measures["inspection.enquiries_completed"]);
        Assert.Equal(3, measures["inspection.enquiries_completed_n"]);

        // Victim updates: 4 of 5 due, over the 2 files that had any due (a mean of per-file ratios would be 0.75).
        Assert.Equal(0.8, measures["inspection.victims_informed"]);
        Assert.Equal(2, measures["inspection.victims_informed_n"]);

        Assert.Equal(0.6, measures["inspection.crimes_recorded"]);
        Assert.Equal(5, measures["inspection.crimes_recorded_n"]);

        // The violence audit is the violent subset of the recording sample: 2 of 3.
        Assert.Equal(2.0 / 3, measures["inspection.violence_recorded"]);
        Assert.Equal(3, measures["inspection.violence_recorded_n"]);
        Assert.Equal(16, measures.Count);
    }

    [Fact]
    public void An_empty_tally_gives_null_proportions_and_zero_sample_sizes()
    {
        var measures = new SortedDictionary<string, double?>(StringComparer.Ordinal);

        InspectionMeasures.Compute(new InspectionTally(), measures);

        Assert.Equal(16, measures.Count);
        Assert.All(Names, name =>
        {
            Assert.Null(measures[$"inspection.{name}"]);
            Assert.Equal(0, measures[$"inspection.{name}_n"]);
        });
    }

    [Fact]
    public void Files_with_no_victim_updates_due_and_no_violent_crimes_leave_those_measures_null()
    {
        var tally = new InspectionTally();
        tally.CaseFiles.Add(new CaseFile("theft", true, true, 1, 2, 0, 0));
        tally.Recording.Add(new RecordedCheck(Recorded: true, Violence: false));
        var measures = new SortedDictionary<string, double?>(StringComparer.Ordinal);

        InspectionMeasures.Compute(tally, measures);

        Assert.Null(measures["inspection.victims_informed"]);
        Assert.Equal(0, measures["inspection.victims_informed_n"]);
        Assert.Null(measures["inspection.violence_recorded"]);
        Assert.Equal(0, measures["inspection.violence_recorded_n"]);
        Assert.Equal(1, measures["inspection.plan_set"]);
        Assert.Equal(1, measures["inspection.crimes_recorded"]);
    }

    [Fact]
    public void Compute_leaves_other_measures_alone()
    {
        var measures = new SortedDictionary<string, double?>(StringComparer.Ordinal) { ["response.attendance_within_target"] = 0.5 };

        InspectionMeasures.Compute(new InspectionTally(), measures);

        Assert.Equal(0.5, measures["response.attendance_within_target"]);
    }

    [Fact]
    public void Every_sampled_counterpart_is_a_measure_that_compute_writes_and_maps_from_a_different_population_measure()
    {
        var measures = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        InspectionMeasures.Compute(new InspectionTally(), measures);

        Assert.Equal(Names.Length, InspectionMeasures.SampledCounterpart.Count);
        Assert.Equal(
            Names.Select(n => $"inspection.{n}").Order(StringComparer.Ordinal),
            InspectionMeasures.SampledCounterpart.Values.Order(StringComparer.Ordinal));
        Assert.All(InspectionMeasures.SampledCounterpart, pair =>
        {
            Assert.Contains(pair.Value, measures.Keys);
            Assert.False(pair.Key.StartsWith("inspection.", StringComparison.Ordinal));
            Assert.EndsWith(pair.Value["inspection.".Length..], pair.Key, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Merging_tallies_concatenates_every_sample()
    {
        var first = new InspectionTally();
        first.Attendance.Add(true);
        first.CaseFiles.Add(new CaseFile("theft", true, true, 1, 1, 0, 0));
        var second = new InspectionTally();
        second.Attendance.Add(false);
        second.RepeatVictimChecks.Add(true);
        second.Recording.Add(new RecordedCheck(false, true));

        first.Merge(second);

        Assert.Equal([true, false], first.Attendance);
        Assert.Equal([true], first.RepeatVictimChecks);
        Assert.Single(first.CaseFiles);
        Assert.Equal([new RecordedCheck(false, true)], first.Recording);
    }

    [Fact]
    public void Compute_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => InspectionMeasures.Compute(null!, new SortedDictionary<string, double?>(StringComparer.Ordinal)));
        Assert.Throws<ArgumentNullException>(() => InspectionMeasures.Compute(new InspectionTally(), null!));
    }
}
