using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>Contacts that do not start as a public call: response work of the force's own, and a 101 caller ringing 999.</summary>
public sealed partial class Contact
{
    /// <summary>
    /// Response work that is not a public call (an arrest, a detention, an enquiry, a scene guard), ready to wait for
    /// units at its grade: it skips answering and triage, and holds its units for <paramref name="minutes"/> once sent.
    /// </summary>
    public static Contact OtherWork(int force, double now, bool counted, double minutes, int units, Grade grade) =>
        new Contact(OtherWorkProfile(force, now, counted, minutes)).BecomeOtherWork(units, grade);

    /// <summary>A copy that rings 999 after hanging up on 101: same caller, same incident.</summary>
    public Contact SpillToEmergency(double now, bool counted) => new(SpillProfile(now, counted));

    internal static ContactProfile OtherWorkProfile(int force, double now, bool counted, double minutes) =>
        new() { Force = force, ArrivalTime = now, Counted = counted, Type = -1, OnSceneMinutes = minutes };

    internal Contact BecomeOtherWork(int units, Grade grade)
    {
        IsOtherWork = true;
        State = ContactState.Graded;
        Assessment = new Assessment(false, false, false, false, grade, grade);
        UnitsNeeded = units;
        return this;
    }

    internal ContactProfile SpillProfile(double now, bool counted)
    {
        if (State != ContactState.Abandoned)
        {
            throw new InvalidOperationException($"Only a caller who hung up can ring 999 instead; this contact is {State}.");
        }

        // A 999 caller does not spill again.
        return _profile with { Channel = Channel.Emergency, ArrivalTime = now, Counted = counted, USpill = 1.0 };
    }
}
