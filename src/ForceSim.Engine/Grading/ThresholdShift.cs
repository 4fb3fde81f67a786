using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>One row of the sensitivity view: a threshold moved, and the most likely grade that results.</summary>
public sealed record ThresholdShift(
    string Area,
    string Measure,
    InspectionGrade Threshold,
    double Original,
    double Shifted,
    InspectionGrade? BaselineGrade,
    InspectionGrade? ShiftedGrade,
    double ShiftedProbability)
{
    public bool ChangesGrade => BaselineGrade != ShiftedGrade;
}
