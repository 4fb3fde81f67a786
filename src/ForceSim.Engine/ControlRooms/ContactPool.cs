using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Finished contacts of one control room, kept to become later callers' contacts. A contact is finished when it is
/// closed and no calendar event about it is still to come (an answered caller's patience, a call still ending), so
/// nothing in the room can reach it any more. The room's calendar offers each contact back after the event that took
/// it has been handled; reuse is what keeps a million-incident run from allocating a contact per call.
/// </summary>
public sealed class ContactPool
{
    private readonly Stack<Contact> _finished = new();

    /// <summary>Contacts waiting to be reused.</summary>
    public int Count => _finished.Count;

    /// <summary>A contact for a new caller: a finished one made afresh if there is one, else a new one.</summary>
    public Contact Take(in ContactProfile profile) =>
        _finished.TryPop(out var contact) ? contact.Reuse(profile) : new Contact(profile);

    /// <summary>Response work of the force's own (<see cref="Contact.OtherWork"/>) in a finished contact if there is one.</summary>
    public Contact TakeOtherWork(int force, double now, bool counted, double minutes, int units, Grade grade) =>
        Take(Contact.OtherWorkProfile(force, now, counted, minutes)).BecomeOtherWork(units, grade);

    /// <summary>The 999 call of a 101 caller who hung up (<see cref="Contact.SpillToEmergency"/>) in a finished contact if there is one.</summary>
    public Contact TakeSpill(Contact abandoned, double now, bool counted)
    {
        ArgumentNullException.ThrowIfNull(abandoned);
        return Take(abandoned.SpillProfile(now, counted));
    }

    /// <summary>Keeps <paramref name="contact"/> for reuse if it is finished; a contact still in its life is left alone.</summary>
    public void Offer(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.IsFinished && !contact.Pooled)
        {
            contact.Pooled = true;
            _finished.Push(contact);
        }
    }
}
