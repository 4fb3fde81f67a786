using System.Reflection;
using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Loading;

/// <summary>Reads a grading rubric file, or the default rubric shipped inside this library.</summary>
public static class RubricLoader
{
    /// <summary>The name of the shipped default rubric (a copy of <c>scenarios/rubrics/peel.yaml</c>).</summary>
    public const string DefaultName = "rubrics/peel.yaml";

    public static RubricLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = InputFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new RubricLoadResult(null, [new ScenarioProblem(path, 0, 0, "", e is FileNotFoundException or DirectoryNotFoundException ? "rubric file not found" : $"cannot read the rubric: {e.Message}")]);
        }

        return LoadText(text, path);
    }

    public static RubricLoadResult LoadText(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (root, parseProblems) = YamlTextParser.Parse(yaml, fileName);
        if (root is null)
        {
            return new RubricLoadResult(null, parseProblems);
        }

        var context = new BindContext(fileName);
        var rubric = RubricBinder.Bind(context, root, fileName);
        context.ReportUnknownKeys();
        IReadOnlyList<ScenarioProblem> problems = [.. parseProblems, .. context.Problems];
        return new RubricLoadResult(problems.Count == 0 ? rubric : null, problems);
    }

    /// <summary>The default PEEL-style rubric embedded in this assembly.</summary>
    public static Rubric LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ForceSim.Model.Rubrics.peel.yaml")
            ?? throw new InvalidOperationException("The default rubric is missing from the ForceSim.Model assembly.");
        using var reader = new StreamReader(stream);
        var result = LoadText(reader.ReadToEnd(), DefaultName);
        return result.Rubric ?? throw new InvalidOperationException("The default rubric is invalid: " + string.Join("; ", result.Problems));
    }
}
