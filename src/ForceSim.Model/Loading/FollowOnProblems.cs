using System.Text.RegularExpressions;

namespace ForceSim.Model.Loading;

/// <summary>
/// Puts the root cause first. A misspelt key (<c>recordng:</c>) leaves the section it was meant to be unread, so the
/// scenario falls back to that section's defaults and every check that depends on it fails too: fifteen "crime class
/// 'violence' is not in this force's recording.probability; add …" messages that bury the cause and advise the wrong
/// fix. Those follow-ons are left out, the misspelt key is listed first, and it says how many it hides.
/// </summary>
internal static partial class FollowOnProblems
{
    /// <summary>The misspelt keys that other problems follow from first, those follow-ons removed, the rest in their given order.</summary>
    public static IReadOnlyList<ScenarioProblem> RootCausesFirst(IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var roots = problems.Where(p => p.MeantKey is not null).ToList();
        if (roots.Count == 0)
        {
            return problems;
        }

        var hidden = roots.ToDictionary(r => r, _ => 0);
        var rest = new List<ScenarioProblem>();
        foreach (var problem in problems.Where(p => p.MeantKey is null))
        {
            if (roots.FirstOrDefault(root => FollowsFrom(problem, root)) is { } cause)
            {
                hidden[cause]++;
            }
            else
            {
                rest.Add(problem);
            }
        }

        // A misspelling that hid nothing keeps its place among the others; one that did is the cause to fix first.
        var causes = roots.Where(r => hidden[r] > 0).ToList();
        return
        [
            .. causes.Select(r => r with { Message = $"{r.Message} (fix this first: {hidden[r]} problem(s) that follow from it are not shown)" }),
            .. problems.Where(p => (p.MeantKey is not null && hidden[p] == 0) || rest.Contains(p)),
        ];
    }

    /// <summary>
    /// Whether <paramref name="problem"/> is a consequence of <paramref name="root"/>'s section not being read: it lies in
    /// the same mapping (or anywhere, for a key of the scenario itself) and says the meant key is missing or names a key
    /// path inside it (<c>recording.probability</c>).
    /// </summary>
    private static bool FollowsFrom(ScenarioProblem problem, ScenarioProblem root)
    {
        var meant = root.MeantKey!;
        var parent = KeyPath.Parent(root.KeyPath);
        var inScope = parent.Length == 0
            || problem.KeyPath == parent
            || problem.KeyPath.StartsWith(parent + ".", StringComparison.Ordinal)
            || problem.KeyPath.StartsWith(parent + "[", StringComparison.Ordinal);
        if (!inScope)
        {
            return false;
        }

        return problem.Message == $"missing required key '{meant}'"
            || Regex.IsMatch(problem.Message, $@"(?<![\w.]){Regex.Escape(meant)}\.[a-z_]", RegexOptions.CultureInvariant);
    }
}
