namespace ForceSim.Engine.Measures;

/// <summary>
/// Crimes reported to police and how many were recorded: overall, violence, by crime class, and the crimes beyond the
/// one reported (further crimes in the same incident, crimes disclosed at an incident not reported as one).
/// </summary>
public sealed class RecordingTally
{
    private long _crimesOccurring;
    private long _crimesRecorded;
    private long _violenceOccurring;
    private long _violenceRecorded;
    private long _additionalOccurring;
    private long _additionalRecorded;
    private long _disclosedOccurring;
    private long _disclosedRecorded;
    private long[] _classOccurring = [];
    private long[] _classRecorded = [];

    public long CrimesOccurring { get => _crimesOccurring; set => _crimesOccurring = value; }

    public long CrimesRecorded { get => _crimesRecorded; set => _crimesRecorded = value; }

    public long ViolenceOccurring { get => _violenceOccurring; set => _violenceOccurring = value; }

    public long ViolenceRecorded { get => _violenceRecorded; set => _violenceRecorded = value; }

    /// <summary>Further crimes in the same incident as the one reported.</summary>
    public long AdditionalOccurring { get => _additionalOccurring; set => _additionalOccurring = value; }

    public long AdditionalRecorded { get => _additionalRecorded; set => _additionalRecorded = value; }

    /// <summary>Crimes disclosed when officers attended an incident not reported as a crime.</summary>
    public long DisclosedOccurring { get => _disclosedOccurring; set => _disclosedOccurring = value; }

    public long DisclosedRecorded { get => _disclosedRecorded; set => _disclosedRecorded = value; }

    /// <summary>Crimes occurring by class, indexed as the scenario's crime classes.</summary>
    public IReadOnlyList<long> ClassOccurring => _classOccurring;

    public IReadOnlyList<long> ClassRecorded => _classRecorded;

    /// <summary>Counts one crime (any kind) against its class and, where it counts, violence.</summary>
    public void Count(int classIndex, bool violence, bool recorded)
    {
        _crimesOccurring++;
        _crimesRecorded += recorded ? 1 : 0;
        if (violence)
        {
            _violenceOccurring++;
            _violenceRecorded += recorded ? 1 : 0;
        }

        if (classIndex >= 0)
        {
            Grow(classIndex + 1);
            _classOccurring[classIndex]++;
            _classRecorded[classIndex] += recorded ? 1 : 0;
        }
    }

    public void Merge(RecordingTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CrimesOccurring += other.CrimesOccurring;
        CrimesRecorded += other.CrimesRecorded;
        ViolenceOccurring += other.ViolenceOccurring;
        ViolenceRecorded += other.ViolenceRecorded;
        AdditionalOccurring += other.AdditionalOccurring;
        AdditionalRecorded += other.AdditionalRecorded;
        DisclosedOccurring += other.DisclosedOccurring;
        DisclosedRecorded += other.DisclosedRecorded;
        Grow(other._classOccurring.Length);
        for (var c = 0; c < other._classOccurring.Length; c++)
        {
            _classOccurring[c] += other._classOccurring[c];
            _classRecorded[c] += other._classRecorded[c];
        }
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _crimesOccurring);
        visitor.Count(ref _crimesRecorded);
        visitor.Count(ref _violenceOccurring);
        visitor.Count(ref _violenceRecorded);
        visitor.Count(ref _additionalOccurring);
        visitor.Count(ref _additionalRecorded);
        visitor.Count(ref _disclosedOccurring);
        visitor.Count(ref _disclosedRecorded);
        visitor.ResizableCounts(ref _classOccurring);
        visitor.ResizableCounts(ref _classRecorded);
    }

    private void Grow(int length)
    {
        if (_classOccurring.Length < length)
        {
            Array.Resize(ref _classOccurring, length);
            Array.Resize(ref _classRecorded, length);
        }
    }
}
