using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>The YAML spelling of every enum a scenario uses.</summary>
internal static class ScenarioNames
{
    public static readonly ChoiceSet<Channel> Channels = new(
        ("emergency", Channel.Emergency),
        ("non_emergency", Channel.NonEmergency),
        ("online", Channel.Online));

    public static readonly ChoiceSet<Grade> Grades = new(
        ("emergency", Grade.Emergency),
        ("priority", Grade.Priority),
        ("scheduled", Grade.Scheduled),
        ("resolution", Grade.Resolution));

    public static readonly ChoiceSet<ClockStart> ClockStarts = new(
        ("call", ClockStart.Call),
        ("dispatch", ClockStart.Dispatch));

    public static readonly ChoiceSet<TravelModel> TravelModels = new(
        ("square_root", TravelModel.SquareRoot),
        ("distribution", TravelModel.Distribution),
        ("matrix", TravelModel.Matrix));

    public static readonly ChoiceSet<AreaSetting> AreaSettings = new(
        ("urban", AreaSetting.Urban),
        ("rural", AreaSetting.Rural));

    public static readonly ChoiceSet<AfterClearing> AfterClearings = new(
        ("return_to_station", Scenarios.AfterClearing.ReturnToStation),
        ("patrol_area", Scenarios.AfterClearing.PatrolArea));

    public static readonly ChoiceSet<StaffRole> StaffRoles = new(
        ("call_handler", StaffRole.CallHandler),
        ("response_officer", StaffRole.ResponseOfficer),
        ("investigator", StaffRole.Investigator),
        ("supervisor", StaffRole.Supervisor));

    public static readonly ChoiceSet<DistributionKind> DistributionKinds = new(
        ("constant", DistributionKind.Constant),
        ("exponential", DistributionKind.Exponential),
        ("lognormal", DistributionKind.LogNormal),
        ("gamma", DistributionKind.Gamma),
        ("uniform", DistributionKind.Uniform),
        ("empirical", DistributionKind.Empirical));
}
