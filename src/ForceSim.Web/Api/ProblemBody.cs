using ForceSim.Model.Loading;

namespace ForceSim.Web.Api;

/// <summary>One problem in a client's scenario: the file (<c>scenario</c> for the text sent), line, column, key path and what was meant.</summary>
public sealed record ProblemBody(string File, int Line, int Column, string Path, string Message, string? DidYouMean)
{
    public static ProblemBody Of(ScenarioProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.File, problem.Line, problem.Column, problem.KeyPath, problem.Message, problem.MeantKey);
    }
}
