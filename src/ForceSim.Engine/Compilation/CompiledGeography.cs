using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>
/// A force's geography ready to simulate: areas by index with their demand shares and settings, each own unit's
/// home station, and the travel matrix flattened in area order with its time-of-day factors.
/// </summary>
public sealed class CompiledGeography
{
    private readonly double[][] _shareCumulative;
    private readonly double[] _bandFactor = new double[24];

    public CompiledGeography(ForceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var geography = settings.Geography ?? throw new ArgumentException("The force has no geography.", nameof(settings));
        AreaIds = [.. geography.Areas.Select(a => a.Id)];
        StationIds = [.. geography.Stations.Select(s => s.Id)];
        StationArea = [.. geography.Stations.Select(s => geography.AreaIndex(s.Area))];
        AreaUrban = [.. geography.Areas.Select(a => a.Setting switch { AreaSetting.Urban => (sbyte)1, AreaSetting.Rural => (sbyte)0, _ => (sbyte)-1 })];
        _shareCumulative = new double[3][];
        foreach (var channel in (Channel[])[Channel.Emergency, Channel.NonEmergency, Channel.Online])
        {
            var total = 0.0;
            _shareCumulative[(int)channel] = [.. geography.Areas.Select(a => total += a.DemandShare.GetValueOrDefault(channel))];
        }

        UnitStation = StationsOfUnits(settings, geography);
        AfterClearing = settings.Response.AfterClearing;
        Array.Fill(_bandFactor, 1.0);
        if (settings.Travel.Model == TravelModel.Matrix && settings.Travel.Matrix is { } matrix)
        {
            Matrix = Flatten(matrix, geography);
            foreach (var band in matrix.Bands)
            {
                Array.Fill(_bandFactor, band.Factor, band.FromHour, band.ToHour - band.FromHour);
            }

            Variability = matrix.Variability.Kind == Model.Distributions.DistributionKind.Constant && matrix.Variability.A == 1
                ? null
                : new Sampler(matrix.Variability);
        }

        ColumnMax = new double[AreaCount];
        for (var to = 0; to < AreaCount; to++)
        {
            for (var from = 0; from < AreaCount; from++)
            {
                ColumnMax[to] = Math.Max(ColumnMax[to], Minutes(from, to));
            }
        }

        ReportsPlaces = AreaCount > 1 || StationCount > 1 || Matrix is not null;
    }

    public string[] AreaIds { get; }

    public string[] StationIds { get; }

    public int AreaCount => AreaIds.Length;

    public int StationCount => StationIds.Length;

    /// <summary>Area index of each station.</summary>
    public int[] StationArea { get; }

    /// <summary>1 urban, 0 rural, -1 drawn from <c>travel.urban_share</c> as without geography.</summary>
    public sbyte[] AreaUrban { get; }

    /// <summary>Home station of each of the force's own units, by local index.</summary>
    public int[] UnitStation { get; }

    public AfterClearing AfterClearing { get; }

    /// <summary>Expected minutes from area (row) to area (column), flattened; null when travel is not a matrix.</summary>
    public double[]? Matrix { get; }

    /// <summary>Each journey's multiplicative factor; null when it is always 1.</summary>
    public Sampler? Variability { get; }

    /// <summary>The longest expected journey into each area: from the far side of the force, where a borrowed unit starts.</summary>
    public double[] ColumnMax { get; }

    /// <summary>
    /// Whether the force reports measures by place: it has more than one area or station, or a matrix. A force
    /// written as one area and one station with no matrix reports exactly what it would without geography.
    /// </summary>
    public bool ReportsPlaces { get; }

    /// <summary>Expected minutes from one area to another (0 without a matrix), before the time-of-day factor.</summary>
    public double Minutes(int from, int to) => Matrix is null ? 0 : Matrix[(from * AreaIds.Length) + to];

    /// <summary>Multiplier on expected minutes for a journey starting at <paramref name="now"/> (minutes from midnight of day 0).</summary>
    public double BandFactor(double now) => _bandFactor[(int)(now % 1440 / 60) % 24];

    /// <summary>Picks the area of a contact on <paramref name="channel"/> from a uniform draw, by the areas' shares.</summary>
    public int PickArea(Channel channel, double uniform)
    {
        var cumulative = _shareCumulative[(int)channel];
        var target = uniform * cumulative[^1];
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (target < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    /// <summary>Units are numbered shift by shift; within a shift, station by station in the geography's order.</summary>
    private static int[] StationsOfUnits(ForceSettings settings, GeographySettings geography)
    {
        var stations = new List<int>();
        foreach (var shift in settings.Response.Shifts)
        {
            var placed = 0;
            for (var s = 0; s < geography.Stations.Count && shift.Stations.Count > 0; s++)
            {
                var count = shift.Stations.GetValueOrDefault(geography.Stations[s].Id);
                stations.AddRange(Enumerable.Repeat(s, count));
                placed += count;
            }

            // A force with one station need not say so on every shift.
            stations.AddRange(Enumerable.Repeat(0, shift.Count - placed));
        }

        return [.. stations];
    }

    private static double[] Flatten(TravelMatrix matrix, GeographySettings geography)
    {
        var n = geography.Areas.Count;
        var flat = new double[n * n];
        for (var r = 0; r < matrix.Areas.Count; r++)
        {
            var from = geography.AreaIndex(matrix.Areas[r]);
            for (var c = 0; c < matrix.Areas.Count; c++)
            {
                flat[(from * n) + geography.AreaIndex(matrix.Areas[c])] = matrix.Minutes[r][c];
            }
        }

        return flat;
    }
}
