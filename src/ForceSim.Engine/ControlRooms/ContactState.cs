namespace ForceSim.Engine.ControlRooms;

/// <summary>Where a contact is in its life, in order; <see cref="Contact"/> allows only the moves its methods name.</summary>
public enum ContactState
{
    /// <summary>Arrived, neither answered nor queued yet.</summary>
    Ringing,
    Queued,
    Abandoned,
    BeingHandled,

    /// <summary>Assessed and graded by the handler; next it waits for units or is closed without deployment.</summary>
    Graded,
    AwaitingDispatch,
    Dispatched,
    OnScene,
    Closed,
}
