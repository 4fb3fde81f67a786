using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds an item of <c>forces</c>, handing each section to its own binder.</summary>
internal static class ForceBinder
{
    public static ForceSettings Bind(BindContext context, ValueNode item)
    {
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return new ForceSettings { Id = "", ControlRoom = "", Demand = NoDemand(), IncidentTypes = [], Response = NoResponse() };
        }

        var id = reader.RequiredIdentifier("id");
        var name = reader.Text("name", id);
        var controlRoom = reader.RequiredText("control_room");
        var demand = reader.RequiredMapping("demand");
        var incidentTypes = reader.NonEmptyList("incident_types", "incident type").Select(type => IncidentTypeBinder.Bind(context, type)).ToList();
        var grades = reader.Mapping("grades");
        var response = reader.RequiredMapping("response");
        var travel = reader.Mapping("travel");
        var recording = reader.Mapping("recording");
        var investigation = reader.Mapping("investigation");
        var victims = reader.Mapping("victims");
        var neighboursNode = reader.Optional("neighbours");
        var aid = reader.Mapping("mutual_aid");
        var geography = reader.Mapping("geography");
        return new ForceSettings
        {
            Id = id,
            Name = name,
            ControlRoom = controlRoom,
            Demand = demand is null ? NoDemand() : DemandBinder.Bind(demand),
            IncidentTypes = incidentTypes,
            Grades = grades is null ? new GradeTargets() : GradeTargetsBinder.Bind(grades),
            Response = response is null ? NoResponse() : ResponseBinder.Bind(response),
            Travel = travel is null ? new TravelSettings() : TravelBinder.Bind(travel),
            Recording = recording is null ? new RecordingSettings() : RecordingBinder.Bind(recording),
            Investigation = investigation is null ? null : InvestigationBinder.Bind(investigation),
            Victims = victims is null ? new VictimSettings() : VictimBinder.Bind(victims),
            Neighbours = neighboursNode is null ? [] : ListReader.Texts(context, neighboursNode, reader.PathOf("neighbours")),
            MutualAid = aid is null ? null : BindMutualAid(aid),
            Geography = geography is null ? null : GeographyBinder.Bind(geography),
        };
    }

    private static MutualAidSettings BindMutualAid(MappingReader reader)
    {
        var d = new MutualAidSettings();
        return new MutualAidSettings
        {
            RequestWhenWaiting = reader.Integer("request_when_waiting", d.RequestWhenWaiting, SettingLimits.MinMutualAidRequestWhenWaiting, SettingLimits.MaxMutualAidThreshold),
            LendWhenFree = reader.Integer("lend_when_free", d.LendWhenFree, 0, SettingLimits.MaxMutualAidThreshold),
            Units = reader.Integer("units", d.Units, SettingLimits.MinMutualAidUnits, SettingLimits.MaxMutualAidUnits),
            Hours = reader.Number("hours", d.Hours, NumberRange.Between(0.5, 24)),
            ExtraTravelMinutes = reader.Number("extra_travel_minutes", d.ExtraTravelMinutes, NumberRange.Between(0, 120)),
        };
    }

    /// <summary>Stand-in for a missing required section (already reported), so the remaining checks can still run.</summary>
    private static DemandSettings NoDemand() => new() { AnnualVolume = new Dictionary<Channel, double>() };

    private static ResponseSettings NoResponse() => new() { Shifts = [] };
}
