using ForceSim.Testing.Fuzzing;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// Property tests: every shipped scenario, overlay, rubric, assumptions file and experiment, mutated (numbers, types,
/// keys, indentation, truncation, bytes), and random YAML documents, are each accepted or refused with located
/// problems, never with an exception or a hang. A fixed number of cases from a fixed seed (see
/// <see cref="FixedSeedProperty"/>); a failure prints the shrunk input and its seed. Shrunk failures found so far are
/// in <see cref="HostileInputTests"/>.
/// </summary>
public class MutatedInputTests
{
    /// <summary>A class of its own, so xunit runs it beside the others on a second core.</summary>
    public class Scenarios
    {
        [Fact]
        public void Mutated_scenarios_and_overlays_load_and_compile_or_report_problems_with_file_line_and_key_path() =>
            FixedSeedProperty.Check(FuzzGen.Mutated(InputKind.Scenario), cases: 800, stream: 1, LoadedInput.Check);
    }

    [Fact]
    public void Mutated_rubrics_load_or_report_problems_with_file_line_and_key_path() =>
        FixedSeedProperty.Check(FuzzGen.Mutated(InputKind.Rubric), cases: 300, stream: 2, LoadedInput.Check);

    [Fact]
    public void Mutated_assumptions_load_against_the_baseline_or_report_problems_with_file_line_and_key_path() =>
        FixedSeedProperty.Check(FuzzGen.Mutated(InputKind.Assumptions), cases: 150, stream: 3, LoadedInput.Check);

    [Fact]
    public void Mutated_experiments_and_their_variants_load_or_report_problems_with_file_line_and_key_path() =>
        FixedSeedProperty.Check(FuzzGen.Mutated(InputKind.Experiment), cases: 300, stream: 4, LoadedInput.Check);

    [Fact]
    public void Mutated_calibration_targets_load_or_report_problems_with_file_line_and_key_path() =>
        FixedSeedProperty.Check(FuzzGen.Mutated(InputKind.Targets), cases: 150, stream: 7, LoadedInput.Check);

    [Fact]
    public void Random_yaml_documents_in_place_of_any_shipped_file_load_or_report_problems_with_file_line_and_key_path() =>
        FixedSeedProperty.Check(FuzzGen.RandomDocument(), cases: 800, stream: 5, LoadedInput.Check);

    [Fact]
    public void Random_set_options_on_shipped_scenarios_load_and_compile_or_report_problems_with_a_line_and_key_path() =>
        FixedSeedProperty.Check(OverrideGen.Scenario(), cases: 300, stream: 6, LoadedInput.CheckOverrides);
}
