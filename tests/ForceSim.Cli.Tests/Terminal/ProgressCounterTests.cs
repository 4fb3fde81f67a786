using ForceSim.Cli.Terminal;

namespace ForceSim.Cli.Tests.Terminal;

public sealed class ProgressCounterTests
{
    [Fact]
    public void A_counter_whose_last_reports_arrive_out_of_order_ends_at_the_total_with_its_text()
    {
        var counter = new ProgressCounter();

        counter.Update("Simulating: 0/6 replications", 0, 6);
        counter.Update("Simulating: 6/6 replications", 6, 6);
        counter.Update("Simulating: 5/6 replications", 5, 6);

        Assert.Equal(("Simulating: 6/6 replications", 6.0, 6.0), (counter.Description, counter.Done, counter.Total));
    }

    [Fact]
    public void A_counter_takes_each_report_that_moves_it_forward()
    {
        var counter = new ProgressCounter();

        counter.Update("1/4", 1, 4);
        counter.Update("3/4", 3, 4);

        Assert.Equal(("3/4", 3.0), (counter.Description, counter.Done));
    }
}
