using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Cad;

namespace ForceSim.Experiments.Tests.Cad;

/// <summary>
/// Export a year of a known force, import it, and the fit recovers the truth within sampling error. Each tolerance is
/// 4.5 standard errors derived from the counts behind the estimate (Poisson for a count, binomial for a share, σ/√n
/// for a mean), so a correct import fails a check with probability below 1e-5.
/// </summary>
public sealed class CadRoundTripTests(RoundTripWorld world) : IClassFixture<RoundTripWorld>
{
    private const double Z = 4.5;
    private static readonly Channel[] Channels = [Channel.Emergency, Channel.NonEmergency, Channel.Online];

    private CadFit Fit => world.Import.Fit;

    [Fact]
    public void Import_reads_every_exported_incident_and_finds_no_bad_row()
    {
        Assert.Equal(world.Export.Rows, world.Import.Rows);
        Assert.Equal(world.Export.Rows, Fit.Incidents);
        Assert.Equal(0, world.Import.BadRows);
    }

    [Fact]
    public void Import_recovers_each_channels_annual_volume_within_poisson_error()
    {
        foreach (var channel in Channels)
        {
            var truth = RoundTripWorld.Volumes[channel];
            AssertWithin(truth, Fit.AnnualVolume[channel], Math.Sqrt(truth), $"{channel} annual volume");
        }
    }

    [Fact]
    public void Import_recovers_each_types_share_of_each_channel_within_binomial_error()
    {
        foreach (var (id, shares, _, _, _, _) in RoundTripWorld.Types)
        {
            var type = Assert.Single(Fit.Types, t => t.Id == id);
            for (var c = 0; c < 3; c++)
            {
                var n = Fit.ChannelCounts[Channels[c]];
                AssertWithin(shares[c], type.Shares[Channels[c]], Math.Sqrt(shares[c] * (1 - shares[c]) / n), $"{id} share of {Channels[c]}");
            }
        }
    }

    [Fact]
    public void Import_gives_each_type_the_grade_it_needs_when_nothing_is_undergraded()
    {
        foreach (var (id, _, grade, _, _, _) in RoundTripWorld.Types)
        {
            var type = Assert.Single(Fit.Types, t => t.Id == id);
            Assert.Equal(grade, type.Grade);
            Assert.Equal(1.0, type.GradeShares[grade]);
        }
    }

    [Fact]
    public void Import_recovers_each_types_on_scene_mean_within_its_standard_error()
    {
        foreach (var (id, _, _, _, mean, sd) in RoundTripWorld.Types)
        {
            var onScene = Assert.Single(Fit.Types, t => t.Id == id).OnScene!;
            Assert.True(onScene.Count > 1000, $"{id}: only {onScene.Count} on-scene times");
            var error = sd / Math.Sqrt(onScene.Count);
            AssertWithin(mean, onScene.SampleMean, error, $"{id} sample on-scene mean");
            AssertWithin(mean, onScene.Chosen.Mean, error, $"{id} fitted on-scene mean ({onScene.Family})");
        }
    }

    [Fact]
    public void Import_chooses_the_family_the_on_scene_times_were_drawn_from()
    {
        foreach (var (id, _, _, family, _, _) in RoundTripWorld.Types.Where(t => t.Family != "exponential"))
        {
            Assert.Equal(family, Assert.Single(Fit.Types, t => t.Id == id).OnScene!.Family);
        }

        // An exponential is a gamma of shape 1, which AIC keeps only when the shape's extra parameter pays for itself;
        // either answer is right as long as the gamma's shape is 1 within its standard error (√(1/(n ψ'(1))) ≈ 0.78/√n).
        var asb = Assert.Single(Fit.Types, t => t.Id == "asb").OnScene!;
        if (asb.Family == "gamma")
        {
            AssertWithin(1, asb.Chosen.B, 0.78 / Math.Sqrt(asb.Count), "asb gamma shape");
        }
        else
        {
            Assert.Equal("exponential", asb.Family);
        }
    }

    [Fact]
    public void Import_recovers_the_hour_of_week_profile_within_poisson_error()
    {
        var truth = Enumerable.Range(0, 168).Select(h => RoundTripWorld.DayOfWeek[h / 24] * RoundTripWorld.HourOfDay[h % 24]).ToArray();
        var mean = truth.Average();
        var perUnit = Fit.Incidents / 168.0;
        for (var h = 0; h < 168; h++)
        {
            var expected = truth[h] / mean;
            AssertWithin(expected, Fit.HourOfWeek[h], expected / Math.Sqrt(expected * perUnit), $"hour of week {h}");
        }
    }

    [Fact]
    public void Import_recovers_the_month_profile_within_poisson_error()
    {
        var mean = RoundTripWorld.Month.Average();
        var perUnit = Fit.Incidents / 12.0;
        for (var m = 0; m < 12; m++)
        {
            var expected = RoundTripWorld.Month[m] / mean;
            AssertWithin(expected, Fit.Month[m], expected / Math.Sqrt(expected * perUnit), $"month {m + 1}");
        }
    }

    [Fact]
    public void Import_recovers_each_areas_share_within_binomial_error()
    {
        Assert.Equal(RoundTripWorld.Areas.Count, Fit.Areas.Count);
        foreach (var (id, share) in RoundTripWorld.Areas)
        {
            var area = Assert.Single(Fit.Areas, a => a.Id == id);
            AssertWithin(share, area.Share, Math.Sqrt(share * (1 - share) / Fit.Incidents), $"{id} share");
        }
    }

    [Fact]
    public void Export_writes_the_documented_header_and_each_incidents_area()
    {
        var lines = File.ReadLines(world.ExtractPath).Take(100).ToList();
        Assert.Equal(string.Join(",", CadColumns.All), lines[0]);
        var areaColumn = CadColumns.All.ToList().IndexOf(CadColumns.Area);
        Assert.All(lines.Skip(1), line => Assert.Contains(line.Split(',')[areaColumn], RoundTripWorld.Areas.Select(a => a.Id)));
    }

    [Fact]
    public void Fragment_laid_over_its_base_scenario_with_extends_loads_valid_with_the_fitted_demand()
    {
        var overlay = Path.Combine(Path.GetDirectoryName(world.ScenarioPath)!, "fitted.yaml");
        File.WriteAllText(overlay, "extends: round-trip.yaml\n" + File.ReadAllText(world.FragmentPath));

        var loaded = ScenarioLoader.LoadFile(overlay);

        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Problems));
        var force = Assert.Single(loaded.Scenario!.Forces);
        Assert.Equal(Math.Round(Fit.AnnualVolume[Channel.Emergency]), force.Demand.AnnualVolume[Channel.Emergency]);
        Assert.Equal(168, force.Demand.HourOfWeek.Count);
        Assert.Empty(force.Demand.HourOfDay);
        Assert.Equal(["assault", "burglary", "asb"], force.IncidentTypes.Select(t => t.Id));
        Assert.Equal(Fit.Types.Single(t => t.Id == "burglary").OnScene!.Chosen.Kind, force.IncidentTypes[1].OnSceneMinutes.Kind);
        var north = Assert.Single(force.Geography!.Areas, a => a.Id == "north");
        Assert.Equal(Math.Round(Fit.Areas.Single(a => a.Id == "north").Share, 6), north.DemandShare[Channel.Emergency]);
    }

    private static void AssertWithin(double expected, double actual, double standardError, string what) =>
        Assert.True(
            Math.Abs(actual - expected) <= Z * standardError,
            $"{what}: {actual:0.####} is not within {Z} standard errors ({standardError:0.####}) of {expected:0.####}");
}
