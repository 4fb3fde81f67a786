namespace ForceSim.Model.Loading;

/// <summary>
/// One thing wrong with a scenario: where it is (1-based line and column; 0 when the file could not be read),
/// which key it concerns (e.g. <c>forces[0].incident_types[2].on_scene_minutes.mean</c>) and what is allowed instead.
/// </summary>
public sealed record ScenarioProblem(string File, int Line, int Column, string KeyPath, string Message)
{
    /// <summary>
    /// For an unknown key that looks like a misspelling: the key it was probably meant to be. That key's section was then
    /// not read, so problems that follow from its absence are follow-ons of this one (see <see cref="FollowOnProblems"/>).
    /// </summary>
    public string? MeantKey { get; init; }

    /// <summary><c>file:line:column: key.path: message</c>; the key path is left out when the problem concerns no key.</summary>
    public override string ToString() => KeyPath.Length == 0
        ? FormattableString.Invariant($"{File}:{Line}:{Column}: {Message}")
        : FormattableString.Invariant($"{File}:{Line}:{Column}: {KeyPath}: {Message}");
}
