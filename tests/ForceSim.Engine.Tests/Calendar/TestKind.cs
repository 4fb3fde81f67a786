namespace ForceSim.Engine.Tests.Calendar;

/// <summary>Event kinds for calendar tests: the calendar takes any LP's enum.</summary>
public enum TestKind
{
    Zero,
    One,
    Two,
    Three,
    Four,
    Five,
    Six,
    Seven,
    Eight,
    Nine,
    Ten,
}
