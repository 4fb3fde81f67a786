using System.Buffers;

namespace ForceSim.Experiments.Jobs;

/// <summary>Job ids: a kind, the UTC time and a random part; only these characters ever reach a folder name.</summary>
internal static class JobIds
{
    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static string New(string kind) =>
        $"{kind}-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..(kind.Length + 25)];

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= 64 } && !id.AsSpan().ContainsAnyExcept(Allowed);
}
