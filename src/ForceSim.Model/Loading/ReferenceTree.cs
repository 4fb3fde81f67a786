namespace ForceSim.Model.Loading;

/// <summary>
/// The folder tree that the files a scenario names (<c>extends:</c>, <c>rubric:</c>) must stay in, so a scenario from
/// someone else cannot make the loader open, and quote in its problems, any file the user can read.
/// The tree is the nearest folder at or above the named scenario file that holds a <see cref="MarkerFile"/> file (the
/// shipped <c>scenarios/</c> folder does), or else the scenario file's own folder. It depends only on where the scenario file
/// is, never on the working directory. Absolute paths, and paths that leave the tree (by <c>..</c> or through a symbolic
/// link), are refused unless <see cref="LoadOptions.AllowOutsideReferences"/> is set.
/// </summary>
internal sealed class ReferenceTree
{
    /// <summary>The file that marks a folder as the root of a tree of scenarios, overlays and rubrics.</summary>
    public const string MarkerFile = ".forcesim-root";

    private const int MaxLinks = 40;

    private readonly bool allowOutside;

    private ReferenceTree(string root, bool marked, bool allowOutside)
    {
        Root = root;
        Marked = marked;
        this.allowOutside = allowOutside;
    }

    /// <summary>The tree's folder, with every symbolic link resolved.</summary>
    public string Root { get; }

    /// <summary>True when <see cref="Root"/> holds a <see cref="MarkerFile"/>; false when it is just the scenario's folder.</summary>
    public bool Marked { get; }

    /// <summary>The tree of the scenario file named as <paramref name="scenarioFile"/> (on the command line, or in an experiment).</summary>
    public static ReferenceTree Of(string scenarioFile, LoadOptions options)
    {
        var folder = RealPath(Path.GetDirectoryName(Path.GetFullPath(scenarioFile)) ?? Path.GetFullPath("."));
        for (var probe = folder; probe is not null; probe = Path.GetDirectoryName(probe))
        {
            if (File.Exists(Path.Combine(probe, MarkerFile)))
            {
                return new ReferenceTree(probe, marked: true, options.AllowOutsideReferences);
            }
        }

        return new ReferenceTree(folder, marked: false, options.AllowOutsideReferences);
    }

    /// <summary>
    /// Why the file that <paramref name="written"/> (as written in a file in <paramref name="fromFolder"/>) names may not be
    /// read, or <c>null</c> when it may. Checked before the file is opened, so nothing outside the tree is read, or said to exist.
    /// </summary>
    public string? Refusal(string written, string fromFolder)
    {
        if (allowOutside)
        {
            return null;
        }

        if (Path.IsPathRooted(written))
        {
            return $"'{written}' is an absolute path, so it is not read; name the file relative to this file's folder, inside {Describe()}{Allow}";
        }

        var target = RealPath(Path.GetFullPath(Path.Combine(fromFolder, written)));
        return IsInside(target)
            ? null
            : $"'{written}' leads to {target}, outside {Describe()}, so it is not read{Allow}";
    }

    private static string Allow =>
        $"; keep the files a scenario uses in one tree (mark its top folder with a file named {MarkerFile}), or pass --allow-outside-references if you trust this scenario";

    private string Describe() => Marked
        ? $"the scenario's tree {Root} (the folder holding {MarkerFile})"
        : $"the scenario's tree {Root} (the scenario's own folder, as no folder above it holds {MarkerFile})";

    private bool IsInside(string path)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = Path.EndsInDirectorySeparator(Root) ? Root : Root + Path.DirectorySeparatorChar;
        return path.StartsWith(root, comparison) || string.Equals(path, Root, comparison);
    }

    /// <summary>
    /// <paramref name="fullPath"/> with every symbolic link along it followed, component by component, so a link inside the
    /// tree that points out of it is seen for what it is. Components that do not exist are kept as written.
    /// </summary>
    public static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var pending = new Queue<string>(fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (pending.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable: treat as a plain name; opening it will fail and be reported.
            }

            if (target is null || ++links > MaxLinks)
            {
                current = next;
                continue;
            }

            // Restart from the link's target, then walk the rest of the path under it.
            var resolved = Path.GetFullPath(Path.Combine(current, target));
            var rest = pending.ToArray();
            root = Path.GetPathRoot(resolved) ?? "";
            pending = new Queue<string>(resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = root;
        }

        return Path.GetFullPath(current.Length == 0 ? "." : current);
    }
}
