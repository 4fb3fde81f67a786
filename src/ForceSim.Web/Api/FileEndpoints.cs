using ForceSim.Experiments.Jobs;
using Microsoft.AspNetCore.StaticFiles;

namespace ForceSim.Web.Api;

/// <summary>
/// A job's files for download and for pages to show (report.html, charts, CSV, JSON): only files inside that job's own
/// folder, by a name made of safe characters; nothing else on the server can be named.
/// </summary>
public static class FileEndpoints
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/files/{id}/{**name}", (string id, string name, JobManager jobs) =>
        {
            if (jobs.FolderOf(id) is not { } folder || !IsSafe(name))
            {
                return Results.NotFound();
            }

            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            var path = Path.GetFullPath(Path.Combine(root, name));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                return Results.NotFound();
            }

            var type = Types.TryGetContentType(path, out var t) ? t : "application/octet-stream";
            return Results.File(path, type, enableRangeProcessing: false);
        }).ExcludeFromDescription();
    }

    private static bool IsSafe(string name) =>
        name.Length is > 0 and < 200 && !name.Contains("..", StringComparison.Ordinal) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/') && !name.Split('/').Any(s => s.Length == 0 || s[0] == '.');
}
