using System.Text.Json;
using ForceSim.Engine.Diagnostics;

namespace ForceSim.Reporting.Output;

/// <summary>
/// results.json's <c>diagnostics</c> object: whether the run is stable, whether its warm-up was long enough, each reason
/// as a code a program can test and a sentence a person can read, and the grades withheld because of them.
/// </summary>
public static class DiagnosticsJson
{
    public static void Write(Utf8JsonWriter json, RunDiagnostics? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (diagnostics is null)
        {
            return;
        }

        json.WriteStartObject("diagnostics");
        json.WriteBoolean("stable", diagnostics.Stable);
        json.WriteBoolean("warmup_sufficient", diagnostics.WarmupSufficient);
        json.WriteStartArray("reasons");
        foreach (var reason in diagnostics.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("code", reason.Code);
            json.WriteString("severity", reason.Severity == StabilitySeverity.Unstable ? "unstable" : "warning");
            json.WriteString("scope", reason.Scope);
            json.WriteString("capacity", Key(reason.Resource));
            json.WriteString("subject", reason.Subject);
            json.WriteNumber("value", reason.Value);
            json.WriteString("message", reason.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("withheld_grades");
        foreach (var grade in diagnostics.Withheld)
        {
            json.WriteStartObject();
            json.WriteString("scope", grade.Scope);
            json.WriteString("area", grade.Area);
            json.WriteString("capacity", Key(grade.Resource));
            json.WriteString("message", grade.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Key(CapacityResource resource) => resource switch
    {
        CapacityResource.CallHandling => "call_handling",
        CapacityResource.Response => "response",
        _ => "investigation",
    };
}
