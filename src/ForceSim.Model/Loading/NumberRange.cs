using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>The allowed values of a numeric key, with the wording used in problem messages.</summary>
internal readonly record struct NumberRange(double Min, double Max, bool MinExclusive = false, bool MaxExclusive = false)
{
    /// <summary>0..1 inclusive: probabilities, shares and rates.</summary>
    public static NumberRange Probability => new(0, 1);

    /// <summary>Zero or more.</summary>
    public static NumberRange NonNegative => new(0, double.PositiveInfinity);

    /// <summary>Strictly above zero.</summary>
    public static NumberRange Positive => new(0, double.PositiveInfinity, MinExclusive: true);

    public static NumberRange Between(double min, double max) => new(min, max);

    public bool Contains(double value) =>
        (MinExclusive ? value > Min : value >= Min) && (MaxExclusive ? value < Max : value <= Max);

    /// <summary>E.g. "a number from 0 to 1", "a number greater than 0", "a whole number of at least 0".</summary>
    public string Describe(bool whole = false)
    {
        var noun = whole ? "a whole number" : "a number";
        var hasMax = !double.IsPositiveInfinity(Max);
        if (!hasMax)
        {
            return MinExclusive ? Invariant($"{noun} greater than {Min}") : Invariant($"{noun} of at least {Min}");
        }

        if (!MinExclusive && !MaxExclusive)
        {
            return Invariant($"{noun} from {Min} to {Max}");
        }

        var lower = MinExclusive ? Invariant($"greater than {Min}") : Invariant($"of at least {Min}");
        var upper = MaxExclusive ? Invariant($"below {Max}") : Invariant($"at most {Max}");
        return $"{noun} {lower} and {upper}";
    }
}
