using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class RecordingDecisionTests
{
    // Crime classes are indexed in ordinal order: damage 0, stalking 1, violence 2.
    private const int Damage = 0;
    private const int Stalking = 1;
    private const int Violence = 2;

    private static readonly RecordingSettings EveryClassAlways = new()
    {
        Probability = new Dictionary<string, double> { ["violence"] = 1, ["damage"] = 1, ["stalking"] = 1 },
        ViolenceClasses = ["violence", "stalking"],
    };

    [Fact]
    public void RecordingDecision_counts_further_crimes_only_when_the_incident_is_a_crime()
    {
        var (decision, tally) = Decision(EveryClassAlways, Incident(further: [new FurtherCrime { Probability = 1, Class = "stalking" }]));

        var crime = decision.Decide(Closed(crime: true, attended: true));
        Assert.Equal((2, 1), (tally.CrimesOccurring, tally.AdditionalOccurring));
        Assert.Equal([0, 1, 1], tally.ClassOccurring);
        Assert.True(crime.AnyRecorded);
        Assert.Equal(Violence, crime.ReferredClass);

        var noCrime = decision.Decide(Closed(crime: false, attended: true));
        Assert.Equal((2, 1), (tally.CrimesOccurring, tally.AdditionalOccurring));
        Assert.Equal(RecordedCrimes.None, noCrime);
    }

    [Fact]
    public void RecordingDecision_hears_of_a_disclosed_crime_only_at_an_attended_incident_not_reported_as_a_crime()
    {
        var (decision, tally) = Decision(EveryClassAlways, Incident(disclosed: new FurtherCrime { Probability = 1, Class = "violence" }));

        var notAttended = decision.Decide(Closed(crime: false, attended: false));
        var reportedAsCrime = decision.Decide(Closed(crime: true, attended: true));
        Assert.Equal(0, tally.DisclosedOccurring);
        Assert.Equal(RecordedCrimes.None, notAttended);
        Assert.Equal(1, tally.CrimesOccurring); // the reported crime only

        var disclosed = decision.Decide(Closed(crime: false, attended: true));
        Assert.Equal((1, 1), (tally.DisclosedOccurring, tally.DisclosedRecorded));
        Assert.Equal(new RecordedCrimes(AnyRecorded: true, Violence, VictimsCrime: true, VictimsCrimeRecorded: true), disclosed);
        Assert.True(reportedAsCrime.VictimsCrime);
    }

    [Fact]
    public void RecordingDecision_refers_the_first_further_crime_recorded_when_the_reported_one_is_not()
    {
        var recording = EveryClassAlways with { Probability = new Dictionary<string, double> { ["violence"] = 0, ["damage"] = 1, ["stalking"] = 1 } };
        var (decision, tally) = Decision(recording, Incident(further:
        [
            new FurtherCrime { Probability = 1, Class = "damage" },
            new FurtherCrime { Probability = 1, Class = "stalking" },
        ]));

        var crimes = decision.Decide(Closed(crime: true, attended: true));

        Assert.Equal(new RecordedCrimes(AnyRecorded: true, Damage, VictimsCrime: true, VictimsCrimeRecorded: false), crimes);
        Assert.Equal([1, 1, 0], tally.ClassRecorded);
        Assert.Equal((3, 2), (tally.CrimesOccurring, tally.CrimesRecorded));
        Assert.Equal((2, 1), (tally.ViolenceOccurring, tally.ViolenceRecorded)); // stalking counts as violence
    }

    [Theory]
    [InlineData(0.2, false, 0, true)]    // victim supports, vulnerability recognised, no backlog: 0.9
    [InlineData(0.8, false, 0, false)]   // victim does not support: 0.9 × 0.5
    [InlineData(0.2, true, 0, false)]    // vulnerability missed: 0.9 − 0.3
    [InlineData(0.2, false, 300, false)] // four hours of write-ups owed: 0.9 × 0.5
    [InlineData(0.2, false, 30, true)]   // half an hour owed: under no pressure yet
    public void RecordingDecision_records_less_when_the_victim_does_not_support_vulnerability_was_missed_or_the_officer_owes_write_ups(
        double uSupports, bool vulnerabilityMissed, double backlogMinutes, bool recorded)
    {
        var recording = EveryClassAlways with
        {
            Probability = new Dictionary<string, double> { ["violence"] = 0.9, ["damage"] = 1, ["stalking"] = 1 },
            VictimNotSupportingFactor = 0.5,
            MissedVulnerabilityPenalty = 0.3,
            PaperworkPressure = new PressureCurve([(60, 1), (240, 0.5)]),
        };
        var (decision, _) = Decision(recording, Incident(victimSupports: 0.5));

        var crimes = decision.Decide(Closed(crime: true, attended: true, uRecord: 0.7, uSupports: uSupports, vulnerabilityMissed: vulnerabilityMissed, backlogMinutes: backlogMinutes));

        Assert.Equal(recorded, crimes.VictimsCrimeRecorded);
    }

    [Fact]
    public void RecordingDecision_makes_the_same_draws_whatever_it_decides()
    {
        // Whether the first further crime is there, and whether the reported crime is recorded, must not move the
        // draws behind the second further crime: the same caller's crimes, whatever else a what-if changed.
        var recording = EveryClassAlways with { Probability = new Dictionary<string, double> { ["violence"] = 0.5, ["damage"] = 0.5, ["stalking"] = 0.5 } };
        FurtherCrime Second() => new() { Probability = 0.5, Class = "stalking" };
        var (always, alwaysTally) = Decision(recording, Incident(further: [new FurtherCrime { Probability = 1, Class = "damage" }, Second()]));
        var (never, neverTally) = Decision(recording, Incident(further: [new FurtherCrime { Probability = 0, Class = "damage" }, Second()]));

        for (var seed = 1UL; seed <= 400; seed++)
        {
            var before = (alwaysTally.ClassOccurring.ElementAtOrDefault(Stalking), alwaysTally.ClassRecorded.ElementAtOrDefault(Stalking));
            always.Decide(Closed(crime: true, attended: true, uRecord: 0.1, seed: seed));
            never.Decide(Closed(crime: true, attended: true, uRecord: 0.9, seed: seed));
            var after = (alwaysTally.ClassOccurring[Stalking], alwaysTally.ClassRecorded[Stalking]);
            Assert.Equal(after, (neverTally.ClassOccurring[Stalking], neverTally.ClassRecorded[Stalking]));
            Assert.True(after.Item1 - before.Item1 <= 1);
        }

        // Not a vacuous agreement: the second crime was present about half the time and recorded about half of that.
        Assert.InRange(alwaysTally.ClassOccurring[Stalking], 150, 250);
        Assert.InRange(alwaysTally.ClassRecorded[Stalking], 50, 150);
        Assert.Equal(400, alwaysTally.ClassOccurring[Damage]);
        Assert.Equal(0, neverTally.ClassOccurring[Damage]);
    }

    private static IncidentType Incident(FurtherCrime[]? further = null, FurtherCrime? disclosed = null, double victimSupports = 1) => new()
    {
        Id = "domestic",
        Share = new Dictionary<Channel, double> { [Channel.Emergency] = 1 },
        Grade = Grade.Priority,
        CrimeProbability = 0.5,
        CrimeClass = "violence",
        AdditionalCrimes = further ?? [],
        DisclosedCrime = disclosed,
        VictimSupports = victimSupports,
        OnSceneMinutes = Distribution.Constant(30),
    };

    private static (RecordingDecision Decision, RecordingTally Tally) Decision(RecordingSettings recording, IncidentType incident)
    {
        CompiledScenario model = Compile([Room("room")], [Force("force", "room") with { IncidentTypes = [incident], Recording = recording }]);
        Assert.Equal(["damage", "stalking", "violence"], model.CrimeClasses);
        var tallies = Tallies(model);
        return (new RecordingDecision(model, model.ControlRooms[0], Context(), tallies), tallies[0]!.Recording);
    }

    /// <summary>A contact of the one incident type, attended or not, closed and ready for the recording decision.</summary>
    private static Contact Closed(bool crime, bool attended, double uRecord = 0.5, double uSupports = 0, bool vulnerabilityMissed = false, double backlogMinutes = 0, ulong seed = 1)
    {
        var contact = new Contact(Call(Channel.Emergency, type: 0).Profile with
        {
            Crime = crime,
            Vulnerable = vulnerabilityMissed,
            URecord = uRecord,
            USupports = uSupports,
            FurtherCrimesSeed = seed,
        });
        contact.Answer(0, TriageWork.None);
        contact.Grade(new Assessment(true, true, false, VulnerabilityIdentified: false, Grade.Priority, Grade.Priority));
        if (attended)
        {
            contact.AwaitDispatch(0, unitsNeeded: 1);
            contact.Dispatch(1, firstUnit: 0, otherUnits: []);
            contact.ArriveAtScene(10, late: false, lateForNeed: false, backlogMinutes);
        }

        contact.Close();
        return contact;
    }
}
