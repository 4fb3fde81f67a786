using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>Builds dotted key paths such as <c>forces[0].demand.hour_of_day[3]</c>; the document root is the empty path.</summary>
internal static class KeyPath
{
    public const string Root = "";

    public static string Child(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    public static string Item(string parent, int index) => Invariant($"{parent}[{index}]");

    /// <summary>The path one level up: <c>a.b[2]</c> gives <c>a.b</c>, <c>a.b</c> gives <c>a</c>, <c>a</c> gives the root.</summary>
    public static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? Root : path[..cut];
    }
}
