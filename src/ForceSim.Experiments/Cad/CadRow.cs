using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// The fields of one extract row that an import uses, already checked: nothing else of the row is kept.
/// </summary>
/// <param name="Area">The area as a scenario identifier, or null when the extract has no area for the row.</param>
/// <param name="OnSceneMinutes">Arrived to cleared, or NaN when either time is missing.</param>
/// <param name="CrimeRecorded">Null when the extract has no crime column or the field is blank.</param>
internal readonly record struct CadRow(DateTime Created, Channel Channel, string Type, Grade Grade, string? Area, double OnSceneMinutes, bool? CrimeRecorded);
