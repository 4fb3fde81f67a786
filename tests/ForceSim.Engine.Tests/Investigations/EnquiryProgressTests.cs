using CsCheck;
using ForceSim.Engine.Investigations;

namespace ForceSim.Engine.Tests.Investigations;

/// <summary>Lines of enquiry are worked in order, a plan's saving applied to each, and unused hours handed back.</summary>
public sealed class EnquiryProgressTests
{
    [Fact]
    public void Hours_finish_lines_in_order_and_what_a_line_cannot_use_today_is_handed_back_only_after_the_last()
    {
        var progress = new EnquiryProgress([1.0, 2.0]);

        Assert.Equal(0, progress.Work(budget: 1.5, effortFactor: 1));
        Assert.Equal((1, 0.5), (progress.LinesCompleted, progress.HoursOnCurrentLine));
        Assert.Equal(0.5, progress.Work(budget: 2, effortFactor: 1));
        Assert.True(progress.AllLinesCompleted);
    }

    [Fact]
    public void A_plan_s_effort_factor_shortens_every_line()
    {
        var progress = new EnquiryProgress([2.0, 2.0]);

        Assert.Equal(0, progress.Work(budget: 3.2, effortFactor: 0.8));
        Assert.True(progress.AllLinesCompleted);
    }

    /// <summary>
    /// Keeping the line in progress's hours beside the count replaced reading the list of line hours at every step: any
    /// day-by-day sequence of budgets and effort factors leaves the same progress, to the last bit, as that did.
    /// </summary>
    [Fact]
    public void Progress_matches_working_straight_from_the_list_of_line_hours_for_any_days_of_work()
    {
        var lines = Gen.Double[0, 20].Array[1, 8];
        var days = Gen.Select(Gen.Double[0, 3], Gen.Bool.Select(planned => planned ? 0.8 : 1.0)).Array[1, 40];
        Gen.Select(lines, days).Sample((lineHours, workDays) =>
        {
            var progress = new EnquiryProgress(lineHours);
            var reference = new ListWalk(lineHours);
            foreach (var (budget, factor) in workDays)
            {
                Assert.Equal(reference.Work(budget, factor), progress.Work(budget, factor));
                Assert.Equal((reference.LinesCompleted, reference.HoursOnCurrentLine), (progress.LinesCompleted, progress.HoursOnCurrentLine));
            }

            Assert.Equal(reference.LinesCompleted == lineHours.Length, progress.AllLinesCompleted);
        });
    }

    /// <summary>The work loop as it stood on the case before progress moved to the caseload entry.</summary>
    private sealed class ListWalk(double[] lineHours)
    {
        public int LinesCompleted { get; private set; }

        public double HoursOnCurrentLine { get; private set; }

        public double Work(double budget, double effortFactor)
        {
            while (budget > 0 && LinesCompleted < lineHours.Length)
            {
                var needed = (lineHours[LinesCompleted] * effortFactor) - HoursOnCurrentLine;
                if (needed > budget)
                {
                    HoursOnCurrentLine += budget;
                    return 0;
                }

                budget -= needed;
                HoursOnCurrentLine = 0;
                LinesCompleted++;
            }

            return budget;
        }
    }
}
