using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Measures;

public sealed class TallyCodecTests
{
    private static readonly MeasuredPeriod Period = new(100, 10_000, MondayOffsetHours: 5);

    [Fact]
    public void A_real_replication_tally_survives_encoding_with_identical_measures_and_bytes()
    {
        var model = new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 60, replications: 1));
        var original = new InProcessRun(model, replication: 0).Run();

        var bytes = TallyCodec.Encode(original);
        var decoded = TallyCodec.Decode(bytes);

        Assert.Equal(original.Period, decoded.Period);
        Assert.Equal(bytes, TallyCodec.Encode(decoded));
        TallyAssert.SameMeasures(ReplicationRunner.Measure(model, 0, original, keepTally: false), ReplicationRunner.Measure(model, 0, decoded, keepTally: false));
    }

    [Fact]
    public void A_decoded_tally_carries_on_exactly_like_the_original()
    {
        // Mid-run state: levels held, clocks running, a level array grown past its first size, samples taken.
        var original = HalfwayTally();
        var decoded = TallyCodec.Decode(TallyCodec.Encode(original));

        foreach (var tally in new[] { original, decoded })
        {
            var response = tally.Forces[0].Response;
            response.UnitsBusy.Add(7_000.5, 2);
            response.UnitsBusy.Finish(Period.End);
            response.BusyUnits.Set(8_000, 3);
            response.BusyUnits.Finish(Period.End);
            response.ResponseTime[0].Add(12.3);
            tally.ControlRooms[0].QueueLength[1].Finish(Period.End);
            tally.Merge(HalfwayTally());
        }

        Assert.Equal(TallyCodec.Encode(original), TallyCodec.Encode(decoded));
        Assert.Equal(original.Forces[0].Response.UnitsBusy.Weekly!.Means(), decoded.Forces[0].Response.UnitsBusy.Weekly!.Means());
        Assert.Equal(original.Forces[0].Inspection.CaseFiles, decoded.Forces[0].Inspection.CaseFiles);
        Assert.Equal(original.Forces[1].Inspection.Attendance, decoded.Forces[1].Inspection.Attendance);
    }

    [Fact]
    public void Attendance_against_need_other_work_appointments_and_recording_by_class_survive_encoding()
    {
        var original = HalfwayTally();

        var decoded = TallyCodec.Decode(TallyCodec.Encode(original)).Forces[0];

        var response = decoded.Response;
        Assert.Equal([7L, 5L, 3L], response.AttendedByNeed);
        Assert.Equal([4L, 5L, 1L], response.WithinNeedTarget);
        Assert.Equal([0L, 2L, 6L], response.NeedNotAttended);
        Assert.Equal((11L, 2_640.25), (response.OtherWorkTasks, response.OtherWorkUnitMinutes));
        Assert.Equal(13L, response.DeskResolved);
        Assert.Equal((17L, 4_321.5), (response.AppointmentsBooked, response.AppointmentLeadMinutes));
        Assert.Equal((19L, 15L), (decoded.Triage.UndergradedAttended, decoded.Triage.UndergradedLateForNeed));
        var recording = decoded.Recording;
        Assert.Equal((23L, 9L, 29L, 8L), (recording.AdditionalOccurring, recording.AdditionalRecorded, recording.DisclosedOccurring, recording.DisclosedRecorded));
        Assert.Equal(original.Forces[0].Recording.ClassOccurring, recording.ClassOccurring);
        Assert.Equal([0L, 0L, 0L, 1L, 0L, 2L], recording.ClassOccurring);
        Assert.Equal([0L, 0L, 0L, 1L, 0L, 1L], recording.ClassRecorded);
        Assert.Equal((3L, 2L, 2L, 10L), (recording.CrimesOccurring, recording.CrimesRecorded, recording.ViolenceOccurring, recording.ViolenceRecorded)); // 9 set by hand, 1 counted
        Assert.Empty(TallyCodec.Decode(TallyCodec.Encode(original)).Forces[1].Recording.ClassOccurring);
    }

    [Fact]
    public void Doubles_keep_their_exact_bits()
    {
        var tally = new ReplicationTally(Period, forces: 1, controlRooms: 0);
        var contact = tally.Forces[0].Contact;
        contact.QueueSeconds[0] = -0.0;
        contact.QueueSeconds[1] = 0.1 + 0.2;
        contact.QueueSeconds[2] = double.Epsilon;

        var decoded = TallyCodec.Decode(TallyCodec.Encode(tally)).Forces[0].Contact.QueueSeconds;

        Assert.Equal(contact.QueueSeconds.Select(BitConverter.DoubleToInt64Bits), decoded.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void One_patrol_units_partial_tally_encodes_small()
    {
        var model = new CompiledScenario(TestScenarios.EasternRegion().Shorten(days: 21, replications: 1, warmupDays: 7));
        var run = new InProcessRun(model, replication: 0);
        run.Run();
        var partial = new ReplicationTally(model.Period, model.Forces.Length, model.ControlRooms.Length);
        run.PatrolUnits[0].Collect(partial);

        var bytes = TallyCodec.Encode(partial);

        Assert.True(partial.Forces.Sum(f => f.Response.ShiftsPlanned) > 0);
        Assert.True(bytes.Length < 64 * 1024, $"{bytes.Length} bytes");
    }

    [Fact]
    public void Decode_rejects_truncated_input()
    {
        var bytes = TallyCodec.Encode(HalfwayTally());

        // Every cut in the header and the tail, every few bytes between (each decode builds a whole tally).
        var cuts = Enumerable.Range(0, bytes.Length).Where(n => n < 64 || n % 5 == 0 || n > bytes.Length - 64);
        foreach (var length in cuts)
        {
            Assert.Throws<InvalidDataException>(() => TallyCodec.Decode(bytes.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Decode_rejects_trailing_bytes_and_an_unknown_version()
    {
        var bytes = TallyCodec.Encode(HalfwayTally());
        var longer = bytes.Append((byte)0).ToArray();
        var otherVersion = bytes.ToArray();
        otherVersion[0]++;

        Assert.Throws<InvalidDataException>(() => TallyCodec.Decode(longer));
        Assert.Throws<InvalidDataException>(() => TallyCodec.Decode(otherVersion));
    }

    [Fact]
    public void Decode_rejects_garbage()
    {
        var random = new Random(20220601);
        var version = TallyCodec.Encode(new ReplicationTally(Period, 0, 0))[0];
        foreach (var length in new[] { 1, 7, 30, 200, 5_000, 100_000 })
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var garbage = new byte[length];
                random.NextBytes(garbage);
                garbage[0] = version; // get past the version check to the parts that must check themselves
                Assert.Throws<InvalidDataException>(() => TallyCodec.Decode(garbage));
            }
        }
    }

    /// <summary>Two forces and a room part-way through a run, with every kind of field set to something.</summary>
    private static ReplicationTally HalfwayTally()
    {
        var tally = new ReplicationTally(Period, forces: 2, controlRooms: 1);
        tally.EventsProcessed = 12_345;
        var force = tally.Forces[0];
        force.Contact.Offered[1] = 40;
        force.Contact.QueueSeconds[0] = 123.456;
        force.Contact.OfferedByHourOfWeek[2][100] = 3;
        force.Contact.AnswerWait[0].Add(4.5);
        force.Contact.AnswerWait[0].Add(1e9);
        force.Triage.CrossBorderRepeats = 2;
        var response = force.Response;
        response.UnitsBusy.Set(50, 4);
        response.UnitsBusy.Set(6_543.21, 5);
        response.BusyUnits.Set(200, 40);
        response.BusyUnits.Set(5_000, 1);
        response.DispatchQueue[2].Add(300, 1);
        response.ResponseTime[1].Add(61);
        response.PaperworkMinutes = 90;
        response.AidUnitsLent = 1;
        force.Recording.ViolenceRecorded = 9;
        force.Recording.AdditionalOccurring = 23;
        force.Recording.AdditionalRecorded = 9;
        force.Recording.DisclosedOccurring = 29;
        force.Recording.DisclosedRecorded = 8;
        force.Recording.Count(classIndex: 5, violence: true, recorded: true);
        force.Recording.Count(classIndex: 3, violence: false, recorded: true);
        force.Recording.Count(classIndex: 5, violence: true, recorded: false);
        force.Triage.UndergradedAttended = 19;
        force.Triage.UndergradedLateForNeed = 15;
        response.AttendedByNeed[0] = 7;
        response.AttendedByNeed[1] = 5;
        response.AttendedByNeed[2] = 3;
        response.WithinNeedTarget[0] = 4;
        response.WithinNeedTarget[1] = 5;
        response.WithinNeedTarget[2] = 1;
        response.NeedNotAttended[1] = 2;
        response.NeedNotAttended[2] = 6;
        response.OtherWorkTasks = 11;
        response.OtherWorkUnitMinutes = 2_640.25;
        response.DeskResolved = 13;
        response.AppointmentsBooked = 17;
        response.AppointmentLeadMinutes = 4_321.5;
        force.Investigation.CaseloadSum = 17.25;
        force.Victims.AddConfidence(0.1);
        force.Inspection.CaseFiles.Add(new CaseFile("violence", PlanSet: true, Supervised: false, 2, 3, 1, 4));
        force.Inspection.CaseFiles.Add(new CaseFile("théft", PlanSet: false, Supervised: true, 0, 1, 0, 0));
        force.Inspection.Recording.Add(new RecordedCheck(Recorded: true, Violence: true));
        force.Inspection.Recording.Add(new RecordedCheck(Recorded: false, Violence: true));
        tally.Forces[1].Inspection.Attendance.AddRange([true, false, false, true, true, true, false, true, true]);
        tally.Forces[1].Inspection.RepeatVictimChecks.Add(false);
        tally.ControlRooms[0].QueueLength[1].Set(1_000, 2);
        tally.ControlRooms[0].HandlersOnDuty.Set(0, 12);
        tally.ControlRooms[0].HandlersOnDuty.Finish(9_000);
        return tally;
    }
}
