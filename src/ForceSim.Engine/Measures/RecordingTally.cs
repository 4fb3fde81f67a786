namespace ForceSim.Engine.Measures;

/// <summary>Crimes reported to police and how many were recorded.</summary>
public sealed class RecordingTally
{
    public long CrimesOccurring { get; set; }

    public long CrimesRecorded { get; set; }

    public long ViolenceOccurring { get; set; }

    public long ViolenceRecorded { get; set; }

    public void Merge(RecordingTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CrimesOccurring += other.CrimesOccurring;
        CrimesRecorded += other.CrimesRecorded;
        ViolenceOccurring += other.ViolenceOccurring;
        ViolenceRecorded += other.ViolenceRecorded;
    }
}
