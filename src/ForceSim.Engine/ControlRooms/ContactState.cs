namespace ForceSim.Engine.ControlRooms;

public enum ContactState
{
    Queued,
    Abandoned,
    BeingHandled,
    AwaitingDispatch,
    Dispatched,
    OnScene,
    Closed,
}
