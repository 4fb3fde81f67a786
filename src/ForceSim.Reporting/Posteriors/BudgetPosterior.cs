using System.Globalization;
using System.Text;
using System.Text.Json;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Posteriors;

/// <summary>
/// A budget search with <c>--posterior</c>: of the recommended mix's paired change from the base, how much of the spread is
/// parameter uncertainty and how much replication noise. Twins run for the base and the recommended mix only; the search
/// itself compares mixes on the same drawn parameter sets, which the split does not change.
/// </summary>
/// <param name="File">The posterior file's name.</param>
/// <param name="Objective">The split of the objective's change (null: too few replications to tell).</param>
/// <param name="ChangeFromBase">The split of each compared measure's change.</param>
public sealed record BudgetPosterior(string File, ParameterSplit? Objective, SortedDictionary<string, ParameterSplit> ChangeFromBase)
{
    public const string Twins = "base and recommended mix only";

    /// <summary>budget.json's additive <c>posterior</c> object.</summary>
    public void Write(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject("posterior");
        json.WriteString("file", File);
        json.WriteString("split_method", PosteriorJson.SplitMethod);
        json.WriteString("twins_run_for", Twins);
        if (Objective is { } objective)
        {
            PosteriorJson.WriteOne(json, "objective_change_split", objective);
        }

        PosteriorJson.WriteSplit(json, "change_from_base_split", ChangeFromBase);
        json.WriteEndObject();
    }

    /// <summary>One sentence: the parameter share of the objective's change.</summary>
    public string Sentence(string objectiveLabel) => Objective is { } s
        ? $"Posterior {File}: of the variance of the change in {objectiveLabel} from the base to the recommended mix, {MeasureFormat.Percent(s.ParameterShare)} is parameter uncertainty and the rest replication noise (twin replications of the {Twins})."
        : $"Posterior {File}: too few replications to split the change in {objectiveLabel} into parameter uncertainty and replication noise.";

    /// <summary>The report's section: the sentence and the headline measures' split.</summary>
    public string Section(string objectiveLabel)
    {
        var body = new StringBuilder("<h2>Parameter uncertainty</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Encode(Sentence(objectiveLabel))}</p>\n");
        body.Append(Html.Table(
            ["Change from the base", "Mean change", "Replication noise alone", "Share of variance from parameters"],
            MeasureCatalog.Headline.Where(m => ChangeFromBase.ContainsKey(m.Name)).Select(m =>
            {
                var split = ChangeFromBase[m.Name];
                return (IReadOnlyList<string>)[m.Label.Trim(), MeasureFormat.Change(split.Mean, m.Unit), $"{MeasureFormat.Change(split.NoiseOnlyLower, m.Unit)} – {MeasureFormat.Change(split.NoiseOnlyUpper, m.Unit)}", MeasureFormat.Percent(split.ParameterShare)];
            }),
            1, 2, 3));
        return body.ToString();
    }
}
