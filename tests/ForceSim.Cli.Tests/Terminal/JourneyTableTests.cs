using ForceSim.Cli.Terminal;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;

namespace ForceSim.Cli.Tests.Terminal;

public sealed class JourneyTableTests
{
    private static readonly JourneyStep Unrecognised = new(60, JourneyKind.Contact, Grade.Priority, false, true, RepeatIdentified: false, 42, 0.6);

    [Fact]
    public void A_victims_first_contact_is_not_called_a_repeat_not_identified()
    {
        var text = JourneyTable.Contact(Unrecognised, first: true);

        Assert.Contains("first contact (not yet a repeat victim)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not identified", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_contact_that_was_not_recognised_is_called_a_repeat_not_identified()
    {
        Assert.Contains("repeat victim not identified", JourneyTable.Contact(Unrecognised, first: false), StringComparison.Ordinal);
        Assert.Contains("repeat victim identified", JourneyTable.Contact(Unrecognised with { RepeatIdentified = true }, first: false), StringComparison.Ordinal);
    }
}
