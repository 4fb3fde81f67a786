namespace ForceSim.Model.Scenarios;

/// <summary>When the attendance clock starts; forces differ, so it is a setting.</summary>
public enum ClockStart
{
    Call,
    Dispatch,
}
