namespace ForceSim.Experiments.Cad;

/// <summary>The counts an import keeps for one incident type: by channel, by grade given, crimes recorded, on-scene times.</summary>
internal sealed class TypeTally
{
    public long[] ByChannel { get; } = new long[3];

    public long[] ByGrade { get; } = new long[4];

    public long Total { get; set; }

    /// <summary>Rows with a crime-recorded value, and how many of them say yes.</summary>
    public long CrimeKnown { get; set; }

    public long CrimeRecorded { get; set; }

    public OnSceneStats OnScene { get; } = new();
}
