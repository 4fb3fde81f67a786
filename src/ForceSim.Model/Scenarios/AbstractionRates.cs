namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>abstraction</c>: <c>{training: 0.04, court: 0.02, sickness: 0.05, leave: 0.12}</c>, each 0..1.</summary>
public sealed record AbstractionRates
{
    public double Training { get; init; }

    public double Court { get; init; }

    public double Sickness { get; init; }

    public double Leave { get; init; }

    public double Total => Training + Court + Sickness + Leave;
}
