namespace ForceSim.Model.Assumptions;

/// <summary>
/// One scenario value that is an assumption rather than a published figure: where it is (a key path as <c>--set</c>
/// accepts it), the range of values that are still plausible, the prior belief over that range and why. Sensitivity
/// ranking moves it to <see cref="Low"/> and <see cref="High"/>; calibration draws it from <see cref="Prior"/>.
/// </summary>
public sealed record AssumedParameter
{
    /// <summary>YAML <c>path</c>, e.g. <c>forces.cambridgeshire.response.paperwork_minutes_per_crime</c>.</summary>
    public required string Path { get; init; }

    /// <summary>YAML <c>low</c>: the lowest plausible value (below <see cref="High"/>).</summary>
    public required double Low { get; init; }

    /// <summary>YAML <c>high</c>: the highest plausible value.</summary>
    public required double High { get; init; }

    /// <summary>YAML <c>reason</c>: one line saying where the range comes from.</summary>
    public required string Reason { get; init; }

    /// <summary>YAML <c>group</c>: a heading for reports (e.g. <c>triage</c>); empty when none is given.</summary>
    public string Group { get; init; } = "";

    /// <summary>YAML <c>prior</c>: the belief over [<see cref="Low"/>, <see cref="High"/>]; uniform unless stated.</summary>
    public ParameterPrior Prior { get; init; } = ParameterPrior.Uniform;

    /// <summary>The scenario's own value at <see cref="Path"/>, once the declarations are checked against a scenario.</summary>
    public double? ScenarioValue { get; init; }

    /// <summary>A short name for tables and charts: the path's last key, with the key before it when that is a list position.</summary>
    public string ShortName
    {
        get
        {
            var parts = Path.Split('.');
            var last = parts[^1];
            return last.Contains('[', StringComparison.Ordinal) || parts.Length < 2 ? last : $"{parts[^2]}.{last}";
        }
    }
}
