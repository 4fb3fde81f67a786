namespace ForceSim.Engine.Measures;

/// <summary>Crimes reported to police and how many were recorded.</summary>
public sealed class RecordingTally
{
    private long _crimesOccurring;
    private long _crimesRecorded;
    private long _violenceOccurring;
    private long _violenceRecorded;

    public long CrimesOccurring { get => _crimesOccurring; set => _crimesOccurring = value; }

    public long CrimesRecorded { get => _crimesRecorded; set => _crimesRecorded = value; }

    public long ViolenceOccurring { get => _violenceOccurring; set => _violenceOccurring = value; }

    public long ViolenceRecorded { get => _violenceRecorded; set => _violenceRecorded = value; }

    public void Merge(RecordingTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CrimesOccurring += other.CrimesOccurring;
        CrimesRecorded += other.CrimesRecorded;
        ViolenceOccurring += other.ViolenceOccurring;
        ViolenceRecorded += other.ViolenceRecorded;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _crimesOccurring);
        visitor.Count(ref _crimesRecorded);
        visitor.Count(ref _violenceOccurring);
        visitor.Count(ref _violenceRecorded);
    }
}
