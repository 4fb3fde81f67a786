using System.Globalization;

namespace ForceSim.Experiments.Posteriors;

/// <summary>Checks a posterior's header and rows, naming the file, the line and the column (a key path) at fault.</summary>
internal static class PosteriorColumns
{
    /// <summary>The parameters the header names after <c>draw,weight</c>.</summary>
    public static IReadOnlyList<string> Check(string path, IReadOnlyList<string> headers)
    {
        if (headers.Count < 3 || headers[0] != PosteriorFile.FixedColumns[0] || headers[1] != PosteriorFile.FixedColumns[1])
        {
            throw new InvalidRequestException($"{path}:2: the header must be draw,weight and then one scenario key path per parameter (got '{string.Join(',', headers)}').");
        }

        var parameters = headers.Skip(2).ToList();
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Length == 0)
            {
                throw new InvalidRequestException($"{path}:2: column {i + 3} has no key path.");
            }

            if (parameters.IndexOf(parameters[i]) != i)
            {
                throw new InvalidRequestException($"{path}:2: {parameters[i]}: the key path is named twice.");
            }
        }

        return parameters;
    }

    /// <summary>Reads row <paramref name="index"/> (on file line <paramref name="line"/>) as a draw, weight not yet normalised.</summary>
    public static PosteriorDraw Row(string path, long line, int index, IReadOnlyList<string> headers, IReadOnlyList<string> fields)
    {
        if (fields.Count != headers.Count)
        {
            throw new InvalidRequestException($"{path}:{line}: {fields.Count} field(s), but the header names {headers.Count} column(s).");
        }

        if (!int.TryParse(fields[0].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var draw) || draw != index)
        {
            throw new InvalidRequestException($"{path}:{line}: draw: expected {index} (draws are numbered 0, 1, 2, ... in order), got '{fields[0]}'.");
        }

        var weight = Number(path, line, "weight", fields[1]);
        if (weight < 0)
        {
            throw new InvalidRequestException($"{path}:{line}: weight: {fields[1]} is negative; a weight is 0 or more.");
        }

        var values = new double[headers.Count - 2];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Number(path, line, headers[i + 2], fields[i + 2]);
        }

        return new PosteriorDraw(draw, weight, values);
    }

    private static double Number(string path, long line, string column, string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidRequestException($"{path}:{line}: {column}: '{text}' is not a finite number.");
}
