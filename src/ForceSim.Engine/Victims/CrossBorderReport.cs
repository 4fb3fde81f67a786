using ForceSim.Engine.Compilation;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Victims;

/// <summary>
/// Where a victim reports a repeat victimisation: usually to the force of the last contact, but with the home force's
/// cross-border share to a neighbouring force (people move, work and are victimised across borders), under that
/// force's nearest incident type (the same id, else its first).
/// </summary>
internal static class CrossBorderReport
{
    /// <summary>Makes exactly two draws from <paramref name="random"/>, whatever the outcome, so streams stay aligned.</summary>
    public static (int Force, int IncidentType) Where(CompiledScenario model, CompiledForce home, SeededRandom random, int lastForce, int lastIncidentType)
    {
        var neighbours = home.Settings.Neighbours;
        var crosses = random.NextDouble() < home.Settings.Victims.CrossBorderShare;
        var pick = random.NextDouble();
        if (!crosses)
        {
            return (lastForce, lastIncidentType);
        }

        var target = model.ForceIndex(neighbours[Math.Min((int)(pick * neighbours.Count), neighbours.Count - 1)]);
        var typeId = model.Forces[lastForce].IncidentTypes[lastIncidentType].Settings.Id;
        var index = Array.FindIndex(model.Forces[target].IncidentTypes, t => t.Settings.Id == typeId);
        return (target, Math.Max(index, 0));
    }
}
