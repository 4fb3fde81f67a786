namespace ForceSim.Model.Scenarios;

/// <summary>Whether an area is judged against the urban or the rural emergency target.</summary>
public enum AreaSetting
{
    Urban,
    Rural,
}
