using ForceSim.Experiments.Cad;

namespace ForceSim.Experiments.Tests.Cad;

/// <summary>
/// A force's own column names are mapped to the documented columns with --columns (pairs or a YAML file); only mapped
/// columns are read, so columns that could identify a person never reach the fragment or any message.
/// </summary>
public sealed class CadImportMappingTests : IDisposable
{
    private const string ForceHeader = "Ref,CallerName,CallerAddress,CallerDOB,CreatedDate,Source,CallType,Priority,OpeningNarrative,ArrivedTime,ClearedTime,Beat";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_reads_a_forces_own_column_names_given_as_pairs()
    {
        var result = Import(ForceExtract(96), "created=CreatedDate,channel=Source,incident_type=CallType,grade=Priority,arrived=ArrivedTime,cleared=ClearedTime,area=Beat");
        Assert.Equal(96, result.Fit.Incidents);
        Assert.Equal(0, result.BadRows);
        Assert.Equal(["hunts", "march"], result.Fit.Areas.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(45.0, Assert.Single(result.Fit.Types, t => t.Id == "assault").OnScene!.SampleMean, 9);
    }

    [Fact]
    public void Import_reads_a_forces_own_column_names_from_a_yaml_file()
    {
        var mapping = _folder.Write("columns.yaml", "created: CreatedDate\nchannel: Source\nincident_type: CallType\ngrade: Priority\n");
        var result = Import(ForceExtract(48), mapping);
        Assert.Equal(48, result.Fit.Incidents);
        Assert.All(result.Fit.Types, t => Assert.Null(t.OnScene)); // arrival and clearance not mapped: not read
        Assert.Empty(result.Fit.Areas);
    }

    [Fact]
    public void Import_refuses_a_mapping_to_a_column_the_extract_lacks()
    {
        var message = Assert.Throws<InvalidRequestException>(() => Import(ForceExtract(10), "created=CreatedDate,channel=Source,incident_type=CallType,grade=Priority,area=District")).Message;
        Assert.Contains("area (mapped to 'District')", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_mapping_of_an_unknown_column()
    {
        var message = Assert.Throws<InvalidRequestException>(() => Import(ForceExtract(10), "caller=CallerName")).Message;
        Assert.Contains("unknown column 'caller'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_never_writes_identifying_columns_into_the_fragment()
    {
        var result = Import(ForceExtract(96), "created=CreatedDate,channel=Source,incident_type=CallType,grade=Priority,arrived=ArrivedTime,cleared=ClearedTime,area=Beat");
        var fragment = File.ReadAllText(_folder["fragment.yaml"]);
        foreach (var secret in new[] { "Jane", "Doe", "Acacia", "1980-02-03", "PRIVATE", "screaming", "CallerName", "OpeningNarrative" })
        {
            Assert.DoesNotContain(secret, fragment, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, result.Fragment, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Import_never_repeats_a_bad_fields_value_in_its_report()
    {
        var rows = ForceRows(96);
        rows[3] = rows[3].Replace(",2,", ",Jane Doe rang back,", StringComparison.Ordinal);
        var message = Assert.Throws<InvalidRequestException>(() => Import(_folder.Write("bad.csv", ExtractText.Csv(rows, ForceHeader)), "created=CreatedDate,channel=Source,incident_type=CallType,grade=Priority", maxBadShare: 0)).Message;
        Assert.Contains("line 5: grade:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", message, StringComparison.Ordinal);
    }

    private CadImportResult Import(string extract, string columns, double maxBadShare = 0.01) =>
        CadImportService.Import(new CadImportRequest { ExtractPath = extract, ForceId = "testshire", Columns = columns, OutputPath = _folder["fragment.yaml"], MaxBadShare = maxBadShare });

    private string ForceExtract(int rows) => _folder.Write("force.csv", ExtractText.Csv(ForceRows(rows), ForceHeader));

    /// <summary>A force's own layout: identifying columns (name, address, date of birth, free text) around the ones the import needs.</summary>
    private static List<string> ForceRows(int rows)
    {
        var start = new DateTime(2024, 3, 4, 8, 0, 0, DateTimeKind.Unspecified);
        return [.. Enumerable.Range(0, rows).Select(i =>
        {
            var created = start.AddHours(i * 1.5);
            return string.Join(',', $"R{i}", "Jane Doe", "\"12 Acacia Avenue, March\"", "1980-02-03", ExtractText.Time(created), i % 2 == 0 ? "999" : "101",
                i % 3 == 0 ? "ASSAULT" : "Burglary", "2", "\"PRIVATE: caller screaming, \"\"help\"\"\"", ExtractText.Time(created.AddMinutes(15)),
                ExtractText.Time(created.AddMinutes(60)), i % 4 == 0 ? "March" : "Hunts");
        })];
    }
}
