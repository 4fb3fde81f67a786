using ForceSim.Model.Scenarios;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Checks that tie a force's geography to the rest of it: unique area and station ids, stations in known areas,
/// demand shares summing to 1, shifts placing every unit at a station, and a travel matrix covering every area once.
/// </summary>
internal static class GeographyChecks
{
    private const double ShareTolerance = 0.001;

    public static void Check(BindContext context, ForceSettings force, string path)
    {
        var geography = force.Geography;
        CheckTravelModel(context, force, path);
        CheckShiftStations(context, force, path);
        if (geography is null)
        {
            return;
        }

        var geo = KeyPath.Child(path, "geography");
        CheckUnique(context, [.. geography.Areas.Select(a => a.Id)], KeyPath.Child(geo, "areas"), "area");
        CheckUnique(context, [.. geography.Stations.Select(s => s.Id)], KeyPath.Child(geo, "stations"), "station");
        var areaIds = geography.Areas.Select(a => a.Id).Where(id => id.Length > 0).ToList();
        for (var s = 0; s < geography.Stations.Count; s++)
        {
            var area = geography.Stations[s].Area;
            if (area.Length > 0 && areaIds.Count > 0 && !areaIds.Contains(area))
            {
                context.Report(KeyPath.Child(KeyPath.Item(KeyPath.Child(geo, "stations"), s), "area"), $"no area has id '{area}'; {Hint(area, areaIds, "areas")}");
            }
        }

        CheckShares(context, force, geography, geo);
        if (force.Travel.Matrix is { } matrix)
        {
            CheckMatrixAreas(context, matrix, areaIds, KeyPath.Child(path, "travel.matrix.areas"));
        }
    }

    /// <summary>The matrix model needs a matrix and a geography; a matrix under another model would be silently ignored.</summary>
    private static void CheckTravelModel(BindContext context, ForceSettings force, string path)
    {
        var travel = KeyPath.Child(path, "travel");
        if (force.Travel.Model == TravelModel.Matrix && force.Travel.Matrix is null)
        {
            context.Report(KeyPath.Child(travel, "model"), "is matrix but travel.matrix is missing; add travel.matrix with areas and minutes");
        }
        else if (force.Travel.Model != TravelModel.Matrix && force.Travel.Matrix is not null)
        {
            context.Report(KeyPath.Child(travel, "matrix"), "is given but travel.model is not matrix; set travel.model: matrix or remove the matrix");
        }

        if (force.Travel.Model == TravelModel.Matrix && force.Geography is null)
        {
            context.Report(KeyPath.Child(travel, "model"), "is matrix, which needs the force's areas; add forces[].geography with areas and stations");
        }
    }

    /// <summary>On each channel with demand, the areas' shares must sum to 1.</summary>
    private static void CheckShares(BindContext context, ForceSettings force, GeographySettings geography, string geo)
    {
        foreach (var (channel, volume) in force.Demand.AnnualVolume)
        {
            var sum = geography.Areas.Sum(a => a.DemandShare.GetValueOrDefault(channel));
            if (volume > 0 && geography.Areas.Count > 0 && Math.Abs(sum - 1) > ShareTolerance)
            {
                var name = ScenarioNames.Channels.NameOf(channel);
                context.Report(KeyPath.Child(geo, "areas"), Invariant(
                    $"demand_share on '{name}' sums to {Math.Round(sum, 6)} over the areas; the shares must sum to 1 (within {ShareTolerance})"));
            }
        }
    }

    /// <summary>With geography every response shift places its units at known stations (optional with one station); without, it cannot.</summary>
    private static void CheckShiftStations(BindContext context, ForceSettings force, string path)
    {
        var stationIds = force.Geography?.Stations.Select(s => s.Id).Where(id => id.Length > 0).ToList();
        for (var i = 0; i < force.Response.Shifts.Count; i++)
        {
            var shift = force.Response.Shifts[i];
            var shiftPath = KeyPath.Item(KeyPath.Child(path, "response.shifts"), i);
            if (stationIds is null)
            {
                if (shift.Stations.Count > 0)
                {
                    context.Report(KeyPath.Child(shiftPath, "stations"), "places units at stations but the force has no geography; add forces[].geography with its stations");
                }

                continue;
            }

            if (shift.Stations.Count == 0)
            {
                if (shift.Count > 0 && stationIds.Count > 1)
                {
                    context.Report(shiftPath, Invariant($"must place its {shift.Count} units at stations (the force has {stationIds.Count}); add stations: {{{stationIds[0]}: {shift.Count}, ...}}"));
                }

                continue;
            }

            foreach (var station in shift.Stations.Keys.Where(s => !stationIds.Contains(s)))
            {
                context.Report(KeyPath.Child(KeyPath.Child(shiftPath, "stations"), station), $"no station has id '{station}'; {Hint(station, stationIds, "stations")}");
            }

            var placed = shift.Stations.Values.Sum();
            if (placed != shift.Count)
            {
                context.Report(KeyPath.Child(shiftPath, "stations"), Invariant($"places {placed} units but the shift has units: {shift.Count}; the counts must sum to units"));
            }
        }
    }

    /// <summary>The matrix's rows and columns must name every area of the geography exactly once.</summary>
    private static void CheckMatrixAreas(BindContext context, TravelMatrix matrix, List<string> areaIds, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matrix.Areas.Count; i++)
        {
            var id = matrix.Areas[i];
            if (!areaIds.Contains(id))
            {
                context.Report(KeyPath.Item(path, i), $"no area has id '{id}'; {Hint(id, areaIds, "areas")}");
            }
            else if (!seen.Add(id))
            {
                context.Report(KeyPath.Item(path, i), $"lists area '{id}' twice; every area must appear exactly once");
            }
        }

        var missing = areaIds.Where(id => !matrix.Areas.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            context.Report(path, $"misses area{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}; every area must appear exactly once");
        }
    }

    private static void CheckUnique(BindContext context, List<string> ids, string listPath, string noun)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            var first = ids.IndexOf(ids[i]);
            if (ids[i].Length > 0 && first < i)
            {
                context.Report(KeyPath.Child(KeyPath.Item(listPath, i), "id"),
                    $"duplicate {noun} id '{ids[i]}' ({KeyPath.Item(listPath, first)} has it already); ids must be unique");
            }
        }
    }

    private static string Hint(string given, List<string> ids, string noun) =>
        Suggestions.Closest(given, ids) is { } suggestion ? $"did you mean '{suggestion}'?" : $"{noun} are: {string.Join(", ", ids)}";
}
