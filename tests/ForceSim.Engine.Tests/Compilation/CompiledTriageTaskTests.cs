using ForceSim.Engine.Compilation;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.Compilation;

public sealed class CompiledTriageTaskTests
{
    // Two forces in one room: the first has the test room's five incident types, the second only "welfare".
    private static readonly CompiledScenario Model = Compile(
        [Room("room")],
        [Force("east", "room"), Force("west", "room") with { IncidentTypes = [ScenarioParts.Incident("welfare", 1)] }]);

    [Fact]
    public void A_task_mandatory_on_a_channel_is_done_on_every_call_of_that_channel_only()
    {
        var task = new CompiledTriageTask(new TriageTask { MandatoryChannels = [Channel.Emergency], Compliance = PressureCurve.Constant(0) }, Model.Forces);

        Assert.True(task.IsMandatory(Channel.Emergency, force: 1, type: 0));
        Assert.True(task.IsDone(Channel.Emergency, force: 0, type: PriorityType, callsWaiting: 100, uniform: 0.999));
        Assert.False(task.IsMandatory(Channel.NonEmergency, force: 0, type: PriorityType));
        Assert.False(task.IsDone(Channel.NonEmergency, force: 0, type: PriorityType, callsWaiting: 0, uniform: 0));
    }

    [Fact]
    public void A_task_mandatory_for_an_incident_type_is_done_for_that_type_in_the_forces_that_have_it()
    {
        var task = new CompiledTriageTask(new TriageTask { MandatoryIncidentTypes = ["priority", "welfare"], Compliance = PressureCurve.Constant(0) }, Model.Forces);

        Assert.True(task.IsMandatory(Channel.NonEmergency, force: 0, type: PriorityType));
        Assert.True(task.IsMandatory(Channel.Online, force: 1, type: 0));
        Assert.False(task.IsMandatory(Channel.NonEmergency, force: 0, type: EmergencyType));
        Assert.False(task.IsMandatory(Channel.NonEmergency, force: 0, type: ScheduledType));
    }

    [Theory]
    [InlineData(0, 0.79, true)]   // nobody waiting: 80% of discretionary calls
    [InlineData(5, 0.79, false)]  // five waiting: 60%
    [InlineData(5, 0.59, true)]
    [InlineData(40, 0.41, false)] // beyond the last point: 40%
    [InlineData(40, 0.39, true)]
    public void A_discretionary_task_is_done_less_often_the_more_callers_wait(int callsWaiting, double uniform, bool done)
    {
        var task = new CompiledTriageTask(new TriageTask { Compliance = new PressureCurve([(0, 0.8), (10, 0.4)]) }, Model.Forces);

        Assert.Equal(done, task.IsDone(Channel.NonEmergency, force: 0, type: PriorityType, callsWaiting, uniform));
    }

    [Fact]
    public void A_task_s_minutes_are_sampled_from_its_distribution()
    {
        var task = new CompiledTriageTask(new TriageTask { Minutes = Distribution.Constant(3) }, Model.Forces);

        Assert.Equal(3, task.Minutes.Sample(new ForceSim.Engine.Randomness.SeededRandom(1)));
    }
}
