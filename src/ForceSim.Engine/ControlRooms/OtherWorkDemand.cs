using ForceSim.Engine.Compilation;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Response work that is not a public call (arrests and custody, mental-health detentions, missing-person enquiries,
/// scene guards) for the forces a room dispatches: each kind arrives as a Poisson stream with the force's demand shape,
/// since it follows the same rhythm of the day, and holds its units for a long, variable spell.
/// </summary>
public sealed class OtherWorkDemand
{
    private readonly CompiledScenario _model;
    private readonly ControlRoomContext _context;
    private readonly List<Stream> _streams = [];

    public OtherWorkDemand(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        _model = model;
        _context = context;
        foreach (var f in room.Forces)
        {
            var force = model.Forces[f];
            foreach (var work in force.Settings.Response.OtherWork.Where(w => w.PerDay > 0))
            {
                var profile = new DemandProfile(work.PerDay * 365.0, force.Settings.Demand, model.Scenario.Run.StartDate, model.Period.End);
                _streams.Add(new Stream(f, work, profile, new Sampler(work.Minutes), context.Stream($"other-work:{force.Id}:{work.Name}")));
            }
        }
    }

    /// <summary>Schedules the first task of every stream.</summary>
    public void ScheduleFirst()
    {
        for (var i = 0; i < _streams.Count; i++)
        {
            ScheduleNext(i, 0);
        }
    }

    /// <summary>A task of stream <paramref name="stream"/> arises; the next one is scheduled first.</summary>
    public Contact Arise(int stream)
    {
        var now = _context.Now;
        ScheduleNext(stream, now);
        var s = _streams[stream];
        var minutes = s.Minutes.Sample(s.Random);
        return _context.Contacts.TakeOtherWork(s.Force, now, _model.Period.Contains(now), minutes, s.Work.Units, s.Work.Grade);
    }

    private void ScheduleNext(int stream, double now)
    {
        var s = _streams[stream];
        var next = s.Profile.NextArrival(now, -Math.Log(1 - s.Random.NextDouble()));
        if (next < _model.Period.End)
        {
            _context.Calendar.Schedule(next, ControlRoomEventKind.OtherWork, stream);
        }
    }

    private sealed record Stream(int Force, OtherWork Work, DemandProfile Profile, Sampler Minutes, SeededRandom Random);
}
