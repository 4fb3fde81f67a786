using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Calibration;

/// <summary>The shipped Eastern region scenario and its what-ifs: shared records, mutual aid and the joint control room do what they say.</summary>
public sealed class RegionWhatIfTests
{
    private static Task<ExperimentResult> Run(string file, int replications = 2, double days = 60) =>
        ExperimentRunner.RunAsync(TestScenarios.Load(file).Shorten(days, replications));

    [Fact]
    public async Task Shared_records_let_every_force_recognise_repeat_victims_who_crossed_a_border()
    {
        var baseline = await Run("eastern-region.yaml");
        var shared = await Run("whatif/region-shared-records.yaml");

        foreach (var force in baseline.ForceSummaries.Keys)
        {
            Assert.Equal(0, baseline.ForceSummaries[force]["triage.cross_border_repeats_identified"].Mean);
            Assert.True(shared.ForceSummaries[force]["triage.cross_border_repeats_identified"].Mean > 0.5, force);
        }

        PairedDifference.AssertIncreases(baseline, shared, "triage.repeat_victims_identified");
    }

    [Fact]
    public async Task Under_mutual_aid_every_force_borrows_and_lends_units()
    {
        var aid = await Run("whatif/region-mutual-aid.yaml");

        Assert.Equal(6, aid.ForceSummaries.Count);
        Assert.All(aid.ForceSummaries.Values, force =>
        {
            Assert.True(force["response.mutual_aid_units_borrowed_per_year"].Mean > 0);
            Assert.True(force["response.mutual_aid_units_lent_per_year"].Mean > 0);
        });
    }

    [Fact]
    public async Task A_force_short_of_response_units_gets_to_priority_incidents_sooner_under_mutual_aid()
    {
        // Bedfordshire loses 40% of its response units in both runs; only mutual aid differs (common random numbers).
        static Scenario Short(Scenario scenario) =>
            scenario.WithForce("bedfordshire", f => f.WithResponseShifts(s => s with { Count = (int)Math.Round(s.Count * 0.6) }));
        var baseline = await ExperimentRunner.RunAsync(Short(TestScenarios.EasternRegion().Shorten(45, 3)));
        var aid = await ExperimentRunner.RunAsync(Short(TestScenarios.Load("whatif/region-mutual-aid.yaml").Shorten(45, 3)));

        var change = PairedDifference.OfForce(baseline, aid, "bedfordshire", "response.mean_minutes.priority");
        Assert.True(change.Upper < 0, $"Bedfordshire's mean priority response should fall: paired difference {change.Mean:0.0} min, 95% CI [{change.Lower:0.0}, {change.Upper:0.0}]");
    }

    [Fact]
    public async Task Splitting_the_joint_control_room_lengthens_norfolk_s_101_waits()
    {
        // The joint room pools Norfolk's and Suffolk's handlers; split it, giving each force its population's share of
        // the same handlers. Norfolk keeps the joint room's place (so its callers are the same: common random numbers).
        var joint = TestScenarios.EasternRegion().Shorten(30, 3);
        var room = joint.ControlRooms.Single(r => r.Id == "norfolk_suffolk_fcr");
        const double norfolkShare = 0.92 / (0.92 + 0.77);
        var norfolkRoom = room.WithCallHandlerShifts(s => s with { Count = (int)Math.Round(s.Count * norfolkShare) });
        var suffolkRoom = room.WithCallHandlerShifts(s => s with { Count = s.Count - (int)Math.Round(s.Count * norfolkShare) }) with { Id = "suffolk_fcr" };
        var split = joint with
        {
            ControlRooms = [.. joint.ControlRooms.Select(r => r.Id == room.Id ? norfolkRoom : r), suffolkRoom],
            Forces = [.. joint.Forces.Select(f => f.Id == "suffolk" ? f with { ControlRoom = "suffolk_fcr" } : f)],
        };

        var pooled = await ExperimentRunner.RunAsync(joint);
        var separate = await ExperimentRunner.RunAsync(split);

        var change = PairedDifference.OfForce(pooled, separate, "norfolk", "contact.non_emergency_mean_answer_seconds");
        Assert.True(change.Lower > 0, $"Norfolk's 101 mean answer time should rise: paired difference {change.Mean:0} s, 95% CI [{change.Lower:0}, {change.Upper:0}]");
    }

    [Fact]
    public async Task A_regional_run_is_the_same_whether_replications_run_in_parallel_or_not()
    {
        var scenario = TestScenarios.Load("whatif/region-mutual-aid.yaml").Shorten(days: 20, replications: 2);
        var sequential = await ExperimentRunner.RunAsync(scenario, new ExperimentOptions { MaxParallelism = 1 });
        var parallel = await ExperimentRunner.RunAsync(scenario, new ExperimentOptions { MaxParallelism = 2 });

        for (var i = 0; i < 2; i++)
        {
            foreach (var (force, measures) in sequential.Replications[i].Forces)
            {
                Assert.Equal(measures, parallel.Replications[i].Forces[force]);
            }
        }
    }
}
