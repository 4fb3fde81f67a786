namespace ForceSim.Reporting.League;

/// <summary>What a league row stands for.</summary>
public enum LeagueLevel
{
    Force,
    Region,
    National,
}
