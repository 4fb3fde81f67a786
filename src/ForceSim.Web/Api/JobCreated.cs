namespace ForceSim.Web.Api;

/// <summary>The answer to a POST: the new job's id.</summary>
public sealed record JobCreated(string Id);
