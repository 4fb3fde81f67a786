namespace ForceSim.Engine.Victims;

/// <summary>What a victim's calendar holds.</summary>
public enum VictimEventKind
{
    /// <summary>A delivered message taking effect (subject: the outcome of a contact or an investigation update).</summary>
    Message,

    /// <summary>The victim is victimised again; whether they report it depends on their confidence then.</summary>
    RepeatVictimisation,
}
