namespace ForceSim.Grains.Processes;

/// <summary>A force's investigation function (allocation, caseloads, supervision, victim updates).</summary>
public interface IInvestigationGrain : ILogicalProcessGrain;
