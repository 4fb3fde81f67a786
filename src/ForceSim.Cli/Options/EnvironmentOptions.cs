using System.CommandLine;
using System.Globalization;

namespace ForceSim.Cli.Options;

/// <summary>Options that fall back to an environment variable when left out (containers configure silos that way).</summary>
public static class EnvironmentOptions
{
    /// <param name="variables">Option → the environment variable it falls back to.</param>
    public static Option<string?> Text(IReadOnlyDictionary<string, string> variables, string name, string description)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new(name)
        {
            Description = $"{description} (env {variables[name]})",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(variables[name]),
        };
    }

    /// <summary>A number option whose environment variable, if set, must be a number too.</summary>
    public static Option<int> Number(IReadOnlyDictionary<string, string> variables, string name, string description, int fallback)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new(name)
        {
            Description = $"{description} (env {variables[name]}; default {fallback})",
            DefaultValueFactory = result =>
            {
                var variable = variables[name];
                var text = Environment.GetEnvironmentVariable(variable);
                if (string.IsNullOrWhiteSpace(text))
                {
                    return fallback;
                }

                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                result.AddError($"{variable} must be a whole number (got '{text}').");
                return fallback;
            },
        };
    }
}
