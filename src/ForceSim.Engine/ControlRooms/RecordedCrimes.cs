namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What the recording decision made of an incident's crimes: whether any was recorded (so the victim has a crime
/// record and the incident is referred), the class referred, and the victim's own crime (the one reported, or one
/// disclosed at attendance) with whether it was recorded.
/// </summary>
public readonly record struct RecordedCrimes(bool AnyRecorded, int ReferredClass, bool VictimsCrime, bool VictimsCrimeRecorded)
{
    public static RecordedCrimes None => new(false, -1, false, false);
}
