namespace ForceSim.Testing.Scenarios;

/// <summary>Key paths of the Erlang C validation room (<c>validation/erlang-c.yaml</c>) that posterior tests draw.</summary>
public static class ErlangCRoom
{
    /// <summary>The room's mean 999 handling time: the uncertain parameter of the posteriors tests generate.</summary>
    public const string HandleMean = "control_rooms.textbook_room.channels.emergency.handle_minutes.mean";
}
