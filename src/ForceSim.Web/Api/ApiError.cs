namespace ForceSim.Web.Api;

/// <summary>An error as the API answers it: a message, and for a scenario the problems with their places.</summary>
public sealed record ApiError(string Error)
{
    public IReadOnlyList<ProblemBody>? Problems { get; init; }
}
