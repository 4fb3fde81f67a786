using YamlDotNet.Core;

namespace ForceSim.Model.Loading;

/// <summary>Where a node of a scenario came from: a file (or <c>--set</c>) and a 1-based line and column (0 when there is none).</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation At(string file, Mark mark) => new(file, ToInt(mark.Line), ToInt(mark.Column));

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
