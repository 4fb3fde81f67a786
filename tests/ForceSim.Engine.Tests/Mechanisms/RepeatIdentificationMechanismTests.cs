using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>
/// Finding a repeat victim depends on what their earlier contacts left on record: a recorded crime is found more
/// reliably than a bare incident log, so under-recording costs identification, as the inspection found.
/// </summary>
public sealed class RepeatIdentificationMechanismTests
{
    [Fact]
    public async Task Lower_crime_recording_probability_lowers_the_repeat_victims_identified()
    {
        // Half a year: a repeat follows the first contact by about 45 days, so a short run sees too few repeat
        // victims whose earlier contact could have left a crime record.
        var scenario = TestScenarios.ShortCambridgeshire(days: 180);
        var recorded = await ExperimentRunner.RunAsync(scenario);
        var underRecorded = await ExperimentRunner.RunAsync(scenario.WithRecordingProbability(0.5));

        PairedDifference.AssertDecreases(recorded, underRecorded, MeasureNames.CrimesRecorded);
        PairedDifference.AssertDecreases(recorded, underRecorded, MeasureNames.RepeatVictimsIdentified);
    }
}
