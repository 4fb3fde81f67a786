using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Binds <c>travel.matrix</c>: the area order, a square table of minutes, time-of-day bands and journey variability.
/// Whether the areas match the force's geography is checked afterwards by <see cref="GeographyChecks"/>.
/// </summary>
internal static class TravelMatrixBinder
{
    public static TravelMatrix Bind(MappingReader reader)
    {
        var areasNode = reader.Required("areas");
        var areas = areasNode is null ? [] : ListReader.Texts(reader.Context, areasNode, reader.PathOf("areas"));
        var rows = new List<IReadOnlyList<double>>();
        var rowItems = reader.NonEmptyList("minutes", "row");
        foreach (var row in rowItems)
        {
            var minutes = ListReader.Numbers(reader.Context, row.Node, row.Path, NumberRange.Between(0, 1440)) ?? [];
            if (minutes.Count != areas.Count && areas.Count > 0)
            {
                reader.Context.Report(row.Path, Invariant($"has {minutes.Count} entries; each row needs one per area in matrix.areas ({areas.Count})"));
            }

            rows.Add(minutes);
        }

        if (rowItems.Count > 0 && areas.Count > 0 && rowItems.Count != areas.Count)
        {
            reader.Report("minutes", Invariant($"has {rowItems.Count} rows; it needs one per area in matrix.areas ({areas.Count})"));
        }

        return new TravelMatrix
        {
            Areas = areas,
            Minutes = rows,
            Bands = Bands(reader),
            Variability = DistributionBinder.Optional(reader, "variability", Distribution.Constant(1)),
        };
    }

    /// <summary><c>bands</c>: <c>{from_hour, to_hour, factor}</c> items that must not overlap.</summary>
    private static List<TravelBand> Bands(MappingReader reader)
    {
        var bands = new List<TravelBand>();
        var covered = new int[24];
        foreach (var item in reader.List("bands", required: false))
        {
            if (MappingReader.Open(reader.Context, item.Node, item.Path) is not { } band)
            {
                continue;
            }

            var value = new TravelBand
            {
                FromHour = band.RequiredInteger("from_hour", 0, 23),
                ToHour = band.RequiredInteger("to_hour", 1, 24),
                Factor = band.Number("factor", 1, NumberRange.Between(0.1, 10)),
            };
            if (value.ToHour <= value.FromHour)
            {
                band.Report("to_hour", Invariant($"must be after from_hour ({value.FromHour}): a band runs from from_hour to to_hour within one day"));
                continue;
            }

            for (var h = value.FromHour; h < value.ToHour; h++)
            {
                if (covered[h]++ > 0)
                {
                    reader.Context.Report(item.Path, Invariant($"overlaps an earlier band at hour {h}; bands must not overlap"));
                    break;
                }
            }

            bands.Add(value);
        }

        return bands;
    }
}
