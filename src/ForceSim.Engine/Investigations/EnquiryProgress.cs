namespace ForceSim.Engine.Investigations;

/// <summary>
/// How far a case's lines of enquiry have got: lines finished and hours spent on the one in progress, worked in order.
/// It keeps the hours the line in progress needs beside that count, so a day's work reads only the case's caseload
/// entry and looks in the case's list of line hours only when a line is finished.
/// </summary>
public struct EnquiryProgress
{
    private readonly double[] _lineHours;
    private double _currentLineHours;

    public EnquiryProgress(double[] lineHours)
    {
        ArgumentNullException.ThrowIfNull(lineHours);
        _lineHours = lineHours;
        LineCount = lineHours.Length;
        _currentLineHours = LineCount > 0 ? lineHours[0] : 0;
    }

    public int LineCount { get; }

    public int LinesCompleted { get; private set; }

    /// <summary>Hours already spent on the line in progress.</summary>
    public double HoursOnCurrentLine { get; private set; }

    public readonly bool AllLinesCompleted => LinesCompleted == LineCount;

    /// <summary>
    /// Spends up to <paramref name="budget"/> hours on the lines in order, each needing its hours times
    /// <paramref name="effortFactor"/> (a plan saves effort); returns the hours left unused.
    /// </summary>
    public double Work(double budget, double effortFactor)
    {
        while (budget > 0 && LinesCompleted < LineCount)
        {
            var needed = (_currentLineHours * effortFactor) - HoursOnCurrentLine;
            if (needed > budget)
            {
                HoursOnCurrentLine += budget;
                return 0;
            }

            budget -= needed;
            HoursOnCurrentLine = 0;
            LinesCompleted++;
            _currentLineHours = LinesCompleted < LineCount ? _lineHours[LinesCompleted] : 0;
        }

        return budget;
    }
}
