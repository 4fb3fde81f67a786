using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;

namespace ForceSim.Engine.ControlRooms;

/// <summary>A control room's view of one force: incidents waiting by grade and the state of each unit.</summary>
public sealed class ForceDispatch
{
    /// <param name="unitCount">The force's own units plus slots for units it may borrow.</param>
    /// <param name="ownUnits">The force's own units; slots from here on hold borrowed units.</param>
    public ForceDispatch(int force, int unitCount, ForceTally tally, int ownUnits)
    {
        Force = force;
        OwnUnits = ownUnits;
        Status = new UnitStatus[unitCount];
        OnShift = new bool[unitCount];
        ShiftEnd = new double[unitCount];
        BusyMinutes = new double[unitCount];
        Tally = tally;
        for (var g = 0; g < Waiting.Length; g++)
        {
            Waiting[g] = new Queue<Contact>();
        }
    }

    public int Force { get; }

    public int OwnUnits { get; }

    /// <summary>Whether borrowed units are with the force now (one loan at a time).</summary>
    public bool Borrowing { get; set; }

    /// <summary>Next neighbour to ask, so requests rotate round the neighbours.</summary>
    public int NextNeighbour { get; set; }

    public ForceTally Tally { get; }

    /// <summary>Incidents waiting for units, per given grade (emergency, priority, scheduled).</summary>
    public Queue<Contact>[] Waiting { get; } = new Queue<Contact>[ChannelIndex.DispatchedGrades];

    public UnitStatus[] Status { get; }

    /// <summary>Whether the unit's published shift is in force (a committed unit may be past its shift end).</summary>
    public bool[] OnShift { get; }

    public double[] ShiftEnd { get; }

    /// <summary>Minutes each unit has spent committed to incidents (dispatch to clear), for utilisation queries.</summary>
    public double[] BusyMinutes { get; }

    /// <summary>Units available now; order fixes which unit is sent, so it is part of the model's determinism.</summary>
    public List<int> Available { get; } = [];

    public int Committed { get; set; }

    public int OnDuty { get; set; }

    public long NextVictimSequence { get; set; } = 1;

    /// <summary>The inspection team's samples: attended incidents, victims' calls, reported crimes.</summary>
    public required Reservoir<bool> AttendanceSample { get; init; }

    public required Reservoir<bool> RepeatCheckSample { get; init; }

    public required Reservoir<RecordedCheck> RecordingSample { get; init; }
}
