namespace ForceSim.Experiments.Jobs;

/// <summary>A scenario file's title (its top-level <c>name:</c>) and opening comment, read without loading the scenario.</summary>
internal static class ScenarioHeader
{
    public static (string? Title, string Description) Read(string file)
    {
        string? title = null;
        var comment = new List<string>();
        foreach (var line in File.ReadLines(file).Take(60))
        {
            if (line.StartsWith('#') && title is null)
            {
                comment.Add(line.TrimStart('#').Trim());
            }
            else if (line.StartsWith("name:", StringComparison.Ordinal))
            {
                title = line["name:".Length..].Trim().Trim('"', '\'');
                break;
            }
        }

        return (title, string.Join(' ', comment.Where(c => c.Length > 0)));
    }
}
