namespace ForceSim.Engine.Calendar;

/// <summary>An event taken off the calendar, with its subject (the contact, message or plan it concerns).</summary>
public readonly record struct ScheduledEvent(double Time, int Kind, int Argument, object? Subject);
