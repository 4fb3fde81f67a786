using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>Turns scenario text into a YAML node tree, reporting syntax errors and repeated keys as problems.</summary>
internal static class YamlTextParser
{
    /// <summary>The root node of the single document in <paramref name="yaml"/>, or <c>null</c> when there is none to bind.</summary>
    public static (YamlNode? Root, IReadOnlyList<ScenarioProblem> Problems) Parse(string yaml, string fileName)
    {
        var context = new BindContext(fileName);
        var filter = new DuplicateKeyFilter(
            new RecursiveAliasFilter(new InputLimitGuard(new Parser(new StringReader(yaml)), yaml.Length, context.Report)),
            (mark, path, message) => context.Report(mark, path, message));
        var stream = new YamlStream();
        try
        {
            stream.Load(filter);
        }
        catch (YamlException exception)
        {
            context.Report(exception.Start, KeyPath.Root, $"invalid YAML: {exception.Message}");
            return (null, context.Problems);
        }
        catch (InputLimitException exception)
        {
            context.Report(exception.Start, exception.Path, exception.Message);
            return (null, context.Problems);
        }
        catch (ArgumentException exception)
        {
            // YamlDotNet's parser refuses some malformed tags this way (e.g. "!!in[t": "Global tags must be valid URIs").
            context.Report(filter.LastGoodMark, KeyPath.Root, $"invalid YAML: {exception.Message.Split(" (Parameter", 2)[0]}");
            return (null, context.Problems);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, on some unterminated flow collections.
            context.Report(filter.LastGoodMark, KeyPath.Root, "invalid YAML: the text cannot be read past this point; look for an unclosed '[', '{' or quote");
            return (null, context.Problems);
        }

        if (stream.Documents.Count == 0)
        {
            context.Report(Mark.Empty, KeyPath.Root, "the file holds no YAML document; a scenario is a mapping with keys name, run, control_rooms, forces and costs");
            return (null, context.Problems);
        }

        if (stream.Documents.Count > 1)
        {
            context.Report(stream.Documents[1].RootNode, KeyPath.Root, "a scenario file must hold a single YAML document (found a second one here)");
        }

        return (stream.Documents[0].RootNode, context.Problems);
    }
}
