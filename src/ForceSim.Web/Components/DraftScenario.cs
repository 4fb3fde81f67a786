namespace ForceSim.Web.Components;

/// <summary>The scenario a user uploaded or edited on the Scenarios page, kept for their session so Run and Compare can use it.</summary>
public sealed class DraftScenario
{
    public const string Choice = "(edited on Scenarios)";

    /// <summary>The YAML text, once it has passed the checks; null before.</summary>
    public string? Text { get; set; }
}
