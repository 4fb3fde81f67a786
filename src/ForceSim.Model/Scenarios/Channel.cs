namespace ForceSim.Model.Scenarios;

/// <summary>How the public reaches the control room. Order is answering priority: 999 before 101 before online.</summary>
public enum Channel
{
    /// <summary>999.</summary>
    Emergency = 0,

    /// <summary>101.</summary>
    NonEmergency = 1,

    /// <summary>Online reporting and webchat.</summary>
    Online = 2,
}
