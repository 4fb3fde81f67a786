namespace ForceSim.Experiments.Levers;

/// <summary>The function a lever belongs to, in the order a chief officer's briefing takes them.</summary>
public enum LeverGroup
{
    /// <summary>Call handlers on each shift of a control room, and those kept free for 999.</summary>
    CallHandling,

    /// <summary>Response units on each shift (and station), and those kept free for emergencies.</summary>
    Response,

    /// <summary>When the structured risk assessment (THRIVE) is done.</summary>
    StructuredAssessment,

    /// <summary>When handlers search the records for earlier contacts by the same victim.</summary>
    RepeatVictimCheck,

    /// <summary>Investigators and the supervisors who review their cases.</summary>
    Investigation,

    /// <summary>Whether a control room's repeat-victim check sees other forces' records.</summary>
    SharedRecords,

    /// <summary>Borrowing and lending response units with neighbouring forces.</summary>
    MutualAid,
}
