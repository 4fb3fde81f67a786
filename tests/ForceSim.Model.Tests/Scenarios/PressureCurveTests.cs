using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Scenarios;

public class PressureCurveTests
{
    private static readonly PressureCurve Compliance = new([(0, 0.70), (10, 0.45), (30, 0.25)]);

    [Theory]
    [InlineData(5, 0.575)]
    [InlineData(10, 0.45)]
    [InlineData(20, 0.35)]
    [InlineData(27.5, 0.275)]
    public void A_pressure_curve_joins_its_points_with_straight_lines(double pressure, double share)
    {
        Assert.Equal(share, Compliance.ShareAt(pressure), 12);
    }

    [Theory]
    [InlineData(-3, 0.70)]
    [InlineData(0, 0.70)]
    [InlineData(30, 0.25)]
    [InlineData(1_000, 0.25)]
    public void A_pressure_curve_is_flat_beyond_its_first_and_last_points(double pressure, double share)
    {
        Assert.Equal(share, Compliance.ShareAt(pressure));
    }

    [Fact]
    public void A_pressure_curve_that_starts_above_zero_pressure_holds_its_first_share_below_it()
    {
        var paperwork = new PressureCurve([(60, 1.0), (240, 0.92)]);

        Assert.Equal(1.0, paperwork.ShareAt(0));
        Assert.Equal(0.96, paperwork.ShareAt(150), 12);
        Assert.Equal(0.92, paperwork.ShareAt(600));
    }

    [Fact]
    public void A_constant_curve_gives_its_share_whatever_the_pressure_and_equals_the_same_single_point()
    {
        var constant = PressureCurve.Constant(0.6);

        Assert.All([0.0, 7.5, 1e6], p => Assert.Equal(0.6, constant.ShareAt(p)));
        Assert.True(constant.IsConstant);
        Assert.False(Compliance.IsConstant);
        Assert.Equal(new PressureCurve([(0, 0.6)]), constant);
        Assert.Equal(new PressureCurve([(0, 0.6)]).GetHashCode(), constant.GetHashCode());
        Assert.NotEqual(PressureCurve.Constant(0.61), constant);
    }

    [Fact]
    public void Curves_with_the_same_points_are_equal_and_any_different_point_makes_them_differ()
    {
        Assert.Equal(new PressureCurve([(0, 0.70), (10, 0.45), (30, 0.25)]), Compliance);
        Assert.NotEqual(new PressureCurve([(0, 0.70), (10, 0.45), (31, 0.25)]), Compliance);
        Assert.NotEqual(new PressureCurve([(0, 0.70), (10, 0.45)]), Compliance);
    }

    [Fact]
    public void A_pressure_curve_needs_a_point()
    {
        Assert.Throws<ArgumentException>(() => new PressureCurve([]));
    }
}
