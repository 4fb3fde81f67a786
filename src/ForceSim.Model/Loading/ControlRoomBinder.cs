using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds an item of <c>control_rooms</c>.</summary>
internal static class ControlRoomBinder
{
    public static ControlRoomSettings Bind(BindContext context, ValueNode item)
    {
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return new ControlRoomSettings { Id = "", CallHandlers = new CallHandlerSettings(), Channels = new Dictionary<Channel, ChannelSettings>() };
        }

        var id = reader.RequiredIdentifier("id");
        var name = reader.Text("name", id);
        var callHandlers = reader.RequiredMapping("call_handlers");
        var channels = reader.RequiredMapping("channels");
        var triage = reader.Mapping("triage");
        return new ControlRoomSettings
        {
            Id = id,
            Name = name,
            CallHandlers = callHandlers is null ? new CallHandlerSettings() : CallHandlerBinder.Bind(callHandlers),
            Channels = channels is null ? new Dictionary<Channel, ChannelSettings>() : ChannelBinder.BindAll(channels),
            Triage = triage is null ? new TriagePolicy() : TriageBinder.Bind(triage),
        };
    }
}
