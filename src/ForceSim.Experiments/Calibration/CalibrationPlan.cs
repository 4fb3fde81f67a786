using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Assumptions;
using ForceSim.Model.Calibration;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// A calibration checked before anything runs: the targets (every measure one the engine reports), the scenario, the
/// fitted parameters with their priors (declared in the assumptions file and checked against the scenario), the
/// <c>--set</c> options every simulation starts from, and the fingerprint its saved work is reused by.
/// </summary>
public sealed record CalibrationPlan(
    string ScenarioPath,
    Scenario Scenario,
    TargetSet Targets,
    AssumptionSet Assumptions,
    IReadOnlyList<AssumedParameter> Parameters,
    IReadOnlyList<string> BaseOverrides,
    string Fingerprint)
{
    /// <summary>The priors of <see cref="Parameters"/>, in order.</summary>
    public IReadOnlyList<PriorDistribution> Priors { get; } = [.. Parameters.Select(p => new PriorDistribution(p))];

    public static CalibrationPlan Check(CalibrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckSettings(request);
        var targets = Refuse(request.TargetsPath, TargetsLoader.LoadFile(request.TargetsPath));
        var scenarioPath = request.ScenarioPath ?? (targets.ScenarioPath.Length > 0 ? targets.ScenarioPath
            : throw new InvalidRequestException($"{request.TargetsPath}: no scenario: name it with 'scenario:' in the targets file or give it on the command line."));
        var options = ScenarioInput.Options(request.AllowOutsideReferences);
        var seed = request.Seed ?? ScenarioInput.Load(scenarioPath, null, null, request.Overrides, options).Run.Seed;
        string[] overrides = [.. request.Overrides, Set("run.horizon_days", request.HorizonDays), Set("run.replications", request.ReplicationsPerPoint), Set("run.seed", seed)];
        var scenario = ScenarioInput.Load(scenarioPath, null, null, overrides, options);
        var assumptionsPath = request.AssumptionsPath ?? (targets.AssumptionsPath.Length > 0 ? targets.AssumptionsPath : null)
            ?? AssumptionsLoader.FindFor(scenarioPath, ScenarioLoader.LoadFile(scenarioPath, request.Overrides, options).SourceFiles)
            ?? throw new InvalidRequestException($"{scenarioPath}: no assumptions file: name it with 'assumptions:' in the targets file, give --assumptions FILE, or put it at {Path.Combine(Path.GetDirectoryName(scenarioPath) ?? "", AssumptionsLoader.Folder, Path.GetFileName(scenarioPath))} (see docs/assumptions-format.md).");
        var assumptions = Refuse(assumptionsPath, AssumptionsLoader.LoadForScenario(assumptionsPath, scenarioPath, request.Overrides, options));
        var checks = new TargetChecks
        {
            Measures = KnownMeasures(scenarioPath, request.Overrides, options),
            Parameters = [.. assumptions.Parameters.Select(p => p.Path)],
        };
        targets = Refuse(request.TargetsPath, TargetsLoader.LoadFile(request.TargetsPath, checks));
        if (targets.Fitted.Count == 0)
        {
            throw new InvalidRequestException($"{request.TargetsPath}: targets: every target is held out; at least one must be fitted.");
        }

        var parameters = targets.Fit.Count == 0 ? assumptions.Parameters : [.. targets.Fit.Select(f => assumptions.Parameters.First(p => p.Path == f))];
        var plan = new CalibrationPlan(scenarioPath, scenario, targets, assumptions, parameters, overrides, "");
        plan.CheckProposals(options);
        return plan with { Fingerprint = plan.FingerprintOf(request, seed) };
    }

    /// <summary>
    /// The measures results.json holds for this scenario: those the engine always defines and the rubric's grades, with
    /// every measure one short replication (a day, no warm-up) reports, since some exist only where a scenario has the
    /// mechanism. A probe that cheap runs before the targets are accepted; no calibration simulation does.
    /// </summary>
    private static HashSet<string> KnownMeasures(string scenarioPath, IReadOnlyList<string> overrides, LoadOptions options)
    {
        var probe = ScenarioInput.Load(scenarioPath, 1, null, [.. overrides, "run.horizon_days=1", "run.warmup_days=0"], options);
        var model = new CompiledScenario(probe);
        var names = new HashSet<string>(RubricCheck.KnownMeasures(model.Rubric), StringComparer.Ordinal);
        names.UnionWith(ReplicationRunner.Run(model, 0).Measures.Keys);
        return names;
    }

    /// <summary>The <c>--set</c> options of one proposal: the base options, then each fitted parameter at its value.</summary>
    public IReadOnlyList<string> OverridesFor(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. BaseOverrides, .. Parameters.Select((p, j) => Set(p.Path, values[j]))];
    }

    /// <summary>The scenario one proposal is simulated with (on this machine or sent to a cluster), refused as bad input if its values are.</summary>
    public Scenario ScenarioFor(Evaluation proposal, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var loaded = ScenarioLoader.LoadFile(ScenarioPath, OverridesFor(proposal.Values), options);
        return loaded.IsValid
            ? loaded.Scenario!
            : throw new InvalidRequestException($"{ScenarioPath}: the scenario refuses proposal {proposal.Proposal} of generation {proposal.Generation}:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p))}");
    }

    /// <summary>Every target's statistic over a proposal's replications, wherever they ran.</summary>
    public double[] StatisticsOf(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TargetStatistics.Of(Targets.Targets, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]);
    }

    /// <summary>A value as <c>--set</c> reads it: a negative one is tagged, since a leading '-' would subtract.</summary>
    public static string Set(string path, double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return $"{path}={(value < 0 ? "!!float " + text : text)}";
    }

    /// <summary>The scenario must take a value inside every range (a whole-number setting would refuse a fraction): checked at the priors' medians.</summary>
    private void CheckProposals(LoadOptions options)
    {
        var values = Priors.Select(p => p.Quantile(0.5)).ToList();
        var loaded = ScenarioLoader.LoadFile(ScenarioPath, OverridesFor(values), options);
        if (!loaded.IsValid)
        {
            throw new InvalidRequestException($"{Assumptions.SourcePath}: the scenario refuses the values calibration proposes (each parameter at its prior's median); calibration needs parameters that take any number in their range:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p))}");
        }
    }

    /// <summary>
    /// What the saved simulations depend on. Not the number of generations: generation t never depends on how many
    /// follow, so an interrupted calibration can be finished with fewer generations, or continued with more.
    /// </summary>
    private string FingerprintOf(CalibrationRequest request, long seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Checkpoints.Fingerprint.OfScenario(ScenarioPath, Scenario, BaseOverrides).Value));
        foreach (var file in new[] { Targets.SourcePath, Assumptions.SourcePath })
        {
            hash.AppendData(File.ReadAllBytes(file));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"|n={request.Particles}|q={request.Quantile:R}|seed={seed}|fit={string.Join(',', Parameters.Select(p => p.Path))}")));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void CheckSettings(CalibrationRequest request)
    {
        if (request.Generations is < 1 or > 50 || request.Particles is < 4 or > 10000 || request.ReplicationsPerPoint is < 1 or > 1000)
        {
            throw new InvalidRequestException(string.Create(CultureInfo.InvariantCulture, $"--generations must be 1-50, --particles 4-10000 and --replications-per-point 1-1000 (got {request.Generations}, {request.Particles}, {request.ReplicationsPerPoint})."));
        }

        if (request.Quantile is <= 0 or >= 1 || request.HorizonDays is < 1 or > 3660)
        {
            throw new InvalidRequestException(string.Create(CultureInfo.InvariantCulture, $"--quantile must lie strictly between 0 and 1 and --horizon-days in 1-3660 (got {request.Quantile}, {request.HorizonDays})."));
        }
    }

    private static TargetSet Refuse(string path, TargetsLoadResult result) => Refuse(path, "targets", result.Targets, result.Problems);

    private static AssumptionSet Refuse(string path, AssumptionsLoadResult result) => Refuse(path, "assumptions", result.Assumptions, result.Problems);

    private static T Refuse<T>(string path, string what, T? value, IReadOnlyList<ScenarioProblem> problems)
        where T : class
    {
        if (problems.Count > 0 || value is null)
        {
            throw new InvalidRequestException($"{path}: {problems.Count} problem(s) in the {what}:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  " + p))}");
        }

        return value;
    }
}
