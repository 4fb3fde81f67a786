using System.CommandLine;
using ForceSim.Experiments;
using ForceSim.Grains.Security;

namespace ForceSim.Cli.Options;

/// <summary>
/// A password given by an option, a file (Docker secrets) or an environment variable, in that order of preference.
/// Never a default value: help output prints defaults, and a password must not appear there.
/// </summary>
public sealed class SecretInput
{
    private readonly string _variable;
    private readonly string _fileVariable;

    public SecretInput(string name, string variable, string description)
    {
        _variable = variable;
        _fileVariable = variable + "_FILE";
        Value = new Option<string?>(name) { Description = $"{description} Visible to other users in the process list: prefer {name}-file or env {variable}." };
        File = new Option<string?>(name + "-file") { Description = $"File holding the {description.TrimEnd('.').ToLowerInvariant()} (a Docker secret, say); one trailing newline is ignored (env {_fileVariable})." };
    }

    public Option<string?> Value { get; }

    public Option<string?> File { get; }

    /// <summary>The password, or null when none was given by any route.</summary>
    public Secret? Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return Pick(parse.GetValue(Value), parse.GetValue(File), $"{Value.Name} and {File.Name}")
            ?? Pick(Environment.GetEnvironmentVariable(_variable), Environment.GetEnvironmentVariable(_fileVariable), $"{_variable} and {_fileVariable}");
    }

    private Secret? Pick(string? value, string? file, string both)
    {
        if (!string.IsNullOrEmpty(value) && !string.IsNullOrEmpty(file))
        {
            throw new InvalidRequestException($"Give the password once: {both} were both set.");
        }

        if (!string.IsNullOrEmpty(value))
        {
            return new Secret(value);
        }

        return string.IsNullOrEmpty(file) ? null : ReadFile(file);
    }

    private Secret ReadFile(string path)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidRequestException($"{File.Name}: cannot read {path}: {e.Message}", e);
        }

        // Files written by `echo` or an editor end with a newline that is not part of the password.
        text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.TrimEnd('\n');
        return text.Length == 0 ? throw new InvalidRequestException($"{File.Name}: {path} is empty.") : new Secret(text);
    }
}
