using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Report;

/// <summary>
/// The method section, in the spirit of the STRESS-DES reporting checklist (Monks et al., 2019): what is
/// modelled, where the inputs come from, how randomness, warm-up, run length and replications are handled,
/// how the intervals are computed and which software produced the numbers.
/// </summary>
public static class MethodSection
{
    public static IReadOnlyList<string> Headings { get; } =
    [
        "Model scope",
        "Inputs and their sources",
        "Random numbers",
        "Warm-up, run length and replications",
        "Confidence intervals",
        "Software",
    ];

    public static string Render(Scenario scenario, string scenarioFile, bool comparison)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var run = scenario.Run;
        var html = new StringBuilder("<section id=\"method\">\n<h2>Method</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h3>{Headings[0]}</h3>\n");
        html.Append("""
            <p>ForceSim is a discrete-event simulation of one or more police forces and the control rooms that answer them. It follows each
            contact from the public along the whole chain: call answering (999, 101 and online, with abandonment), risk assessment and grading,
            dispatch of response units by grade, travel and time at scene, the crime-recording decision, investigation (plans, supervision,
            lines of enquiry, victim updates) and the victim's later confidence and repeat victimisation. An inspection is simulated by drawing
            inspection-sized audit samples from the simulated cases. See <code>docs/model.md</code> for the model's logic and assumptions.</p>

            """);

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Headings[1]}</h3>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Every input is in the scenario file <code>{Html.Encode(scenarioFile)}</code> (keys and ranges in <code>docs/scenario-format.md</code>); where the shipped values come from is set out in <code>docs/sources.md</code>. Key inputs:</p>\n");
        html.Append(Html.Table(["Force", "Annual volume (999 / 101 / online)", "Response units on duty (sum of shifts)", "Investigators / supervisors"],
            scenario.Forces.Select(f => (IReadOnlyList<string>)
            [
                f.Name.Length > 0 ? f.Name : f.Id,
                string.Join(" / ", ChannelOrder.Select(c => f.Demand.AnnualVolume.TryGetValue(c, out var v) ? Html.Number(v) : "0")),
                Html.Number(f.Response.Shifts.Sum(s => s.Count * s.Hours) / 24, "0.#") + " on average (" + f.Response.Shifts.Count + " shift(s))",
                f.Investigation is { } i ? $"{i.Investigators} / {i.Supervisors}" : "not modelled",
            ]), 1));
        html.Append(Html.Table(["Control room", "Call handlers on duty (sum of shifts)", "Abstraction"],
            scenario.ControlRooms.Select(r => (IReadOnlyList<string>)
            [
                r.Name.Length > 0 ? r.Name : r.Id,
                r.CallHandlers.Unlimited ? "unlimited" : Html.Number(r.CallHandlers.Shifts.Sum(s => s.Count * s.Hours) / 24, "0.#") + " on average",
                Html.Percent(r.CallHandlers.AbstractionRate),
            ]), 1));

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Headings[2]}</h3>\n");
        html.Append(CultureInfo.InvariantCulture, $"""
            <p>Every random stream is seeded from the tuple (seed, replication, logical process, purpose): run seed {run.Seed}, so each
            replication, each force or control room and each kind of draw (arrivals, handling times, travel, decisions…) has its own
            independent stream. Results are therefore identical for the same scenario and seed on any machine and at any degree of
            parallelism.{(comparison
                ? " Every option in a comparison is run with the base's seed and replication count, so replication <i>i</i> of each option meets the same callers and incidents (common random numbers)."
                : " Options compared with <code>forcesim compare</code> reuse the seed, giving common random numbers.")}</p>

            """);

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Headings[3]}</h3>\n");
        html.Append(Html.Table(["Setting", "Value"],
        [
            ["Warm-up (discarded)", $"{Html.Number(run.WarmupDays, "0.#")} days"],
            ["Run length (measured)", $"{Html.Number(run.HorizonDays, "0.#")} days after warm-up"],
            ["Replications", run.Replications.ToString(CultureInfo.InvariantCulture)],
            ["Simulated start date", run.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            ["Run seed", run.Seed.ToString(CultureInfo.InvariantCulture)],
        ]));
        html.Append("<p>The system starts empty and idle; nothing that happens during the warm-up is counted. Each replication is an independent run of the same length.</p>\n");

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Headings[4]}</h3>\n");
        html.Append("""
            <ul>
            <li>Each measure's 95% confidence interval is a Student <i>t</i> interval on the replication means (replications are independent and identically distributed).</li>
            <li>Comparisons use paired intervals: the <i>t</i> interval of the per-replication differences, option minus base (valid because of the common random numbers).</li>
            <li>Inspection-sample proportions carry a Wilson score interval for the sample size an inspection would audit: what a single inspection could honestly claim.</li>
            <li>Grade probabilities are the share of replications awarded each grade by the rubric.</li>
            </ul>

            """);

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Headings[5]}</h3>\n");
        html.Append(Html.Table(["Component", "Version"],
        [
            ["ForceSim", Version],
            [".NET runtime", RuntimeInformation.FrameworkDescription],
            ["Operating system", RuntimeInformation.OSDescription],
            ["Charts", "ScottPlot " + (typeof(ScottPlot.Plot).Assembly.GetName().Version?.ToString(3) ?? "unknown")],
        ]));
        return html.Append("</section>\n").ToString();
    }

    public static string Version { get; } = typeof(MethodSection).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    private static readonly Channel[] ChannelOrder = [Channel.Emergency, Channel.NonEmergency, Channel.Online];
}
