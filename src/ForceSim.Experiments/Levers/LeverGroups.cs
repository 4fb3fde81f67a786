namespace ForceSim.Experiments.Levers;

/// <summary>Plain-English headings of the lever groups, shared by the CLI and the web app.</summary>
public static class LeverGroups
{
    public static string Label(LeverGroup group) => group switch
    {
        LeverGroup.CallHandling => "Call handlers",
        LeverGroup.Response => "Response units",
        LeverGroup.StructuredAssessment => "Structured risk assessment (THRIVE)",
        LeverGroup.RepeatVictimCheck => "Repeat-victim check",
        LeverGroup.Investigation => "Supervisors and investigators",
        LeverGroup.SharedRecords => "Shared records",
        _ => "Mutual aid",
    };
}
