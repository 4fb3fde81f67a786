namespace ForceSim.Engine.ControlRooms;

/// <summary>Units a force has lent under mutual aid (local indices in the lender's pool), remembered until they come home.</summary>
public sealed record UnitLoan(int Lender, int[] Units);
