using System.Globalization;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public class GradeSensitivityCsvTests
{
    private const string Header = "area,measure,threshold,original,shifted,baseline_grade,shifted_grade,shifted_grade_probability\n";

    [Fact]
    public void No_rows_gives_only_the_header()
    {
        Assert.Equal(Header, GradeSensitivityCsv.Render([]));
    }

    [Fact]
    public void Each_threshold_shift_is_one_row_with_grade_keys_in_the_order_given()
    {
        ThresholdShift[] rows =
        [
            new("responding_to_the_public", "response.attendance_within_target", InspectionGrade.Good, 0.8, 0.85,
                InspectionGrade.Good, InspectionGrade.Adequate, 0.75),
            new("responding_to_the_public", "contact.non_emergency_mean_answer_seconds", InspectionGrade.RequiresImprovement, 480, 456,
                InspectionGrade.RequiresImprovement, InspectionGrade.Inadequate, 1),
            new("crime_data_recording", "recording.crimes_recorded", InspectionGrade.Outstanding, 0.96, 0.91,
                InspectionGrade.Outstanding, InspectionGrade.Outstanding, 0.5),
        ];

        var csv = GradeSensitivityCsv.Render(rows);

        Assert.Equal(
            Header +
            "responding_to_the_public,response.attendance_within_target,good,0.8,0.85,good,adequate,0.75\n" +
            "responding_to_the_public,contact.non_emergency_mean_answer_seconds,requires_improvement,480,456,requires_improvement,inadequate,1\n" +
            "crime_data_recording,recording.crimes_recorded,outstanding,0.96,0.91,outstanding,outstanding,0.5\n",
            csv);
    }

    [Fact]
    public void An_area_that_could_not_be_graded_has_empty_grades()
    {
        var csv = GradeSensitivityCsv.Render([new ThresholdShift("area", "m", InspectionGrade.Adequate, 0.65, 0.7, null, null, 0)]);

        Assert.Equal(Header + "area,m,adequate,0.65,0.7,,,0\n", csv);
    }

    [Fact]
    public void Numbers_read_back_exactly_and_use_the_invariant_culture_whatever_the_current_culture()
    {
        var shifted = 0.8 + 0.05;
        var probability = 2.0 / 3;
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        var previous = CultureInfo.CurrentCulture;
        string csv;
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            csv = GradeSensitivityCsv.Render([new ThresholdShift("a", "m", InspectionGrade.Good, 0.8, shifted, InspectionGrade.Good, InspectionGrade.Adequate, probability)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var cells = csv.Split('\n')[1].Split(',');
        Assert.Equal(8, cells.Length);
        Assert.Equal(BitConverter.DoubleToInt64Bits(shifted), BitConverter.DoubleToInt64Bits(double.Parse(cells[4], CultureInfo.InvariantCulture)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(probability), BitConverter.DoubleToInt64Bits(double.Parse(cells[7], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Rendering_the_analysis_of_a_rubric_gives_a_row_per_shift()
    {
        var rubric = new Rubric
        {
            Name = "r",
            Areas =
            [
                new GradedArea
                {
                    Id = "area",
                    Measures =
                    [
                        new GradedMeasure
                        {
                            Measure = "m",
                            Thresholds = new Dictionary<InspectionGrade, double>
                            {
                                [InspectionGrade.Outstanding] = 0.9, [InspectionGrade.Good] = 0.8, [InspectionGrade.Adequate] = 0.65, [InspectionGrade.RequiresImprovement] = 0.45,
                            },
                        },
                    ],
                },
            ],
        };
        IReadOnlyDictionary<string, double?> replication = new Dictionary<string, double?> { ["m"] = 0.82 };

        var lines = GradeSensitivityCsv.Render(GradeSensitivity.Analyse(rubric, [replication])).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(9, lines.Length);
        Assert.Equal(Header.TrimEnd('\n'), lines[0]);
        Assert.Equal("area,m,good,0.8,0.8500000000000001,good,adequate,1", lines[4]);
    }

    [Fact]
    public void Render_rejects_null_rows()
    {
        Assert.Throws<ArgumentNullException>(() => GradeSensitivityCsv.Render(null!));
    }
}
