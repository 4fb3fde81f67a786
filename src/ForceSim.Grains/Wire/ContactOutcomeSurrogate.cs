using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Wire;

/// <summary>Orleans' binary form of the commonest message: what happened to one contact (control room → victim).</summary>
[GenerateSerializer]
public struct ContactOutcomeSurrogate
{
    [Id(0)] public MessageHeader Header;
    [Id(1)] public double ContactTime;
    [Id(2)] public int Force;
    [Id(3)] public int IncidentType;
    [Id(4)] public int Channel;
    [Id(5)] public int NeededGrade;
    [Id(6)] public int GivenGrade;
    [Id(7)] public int Flags;
    [Id(8)] public double ResponseMinutes;
}

[RegisterConverter]
public sealed class ContactOutcomeConverter : IConverter<ContactOutcome, ContactOutcomeSurrogate>
{
    public ContactOutcome ConvertFromSurrogate(in ContactOutcomeSurrogate s) => new()
    {
        EffectTime = s.Header.EffectTime,
        Sender = s.Header.SenderId,
        Target = s.Header.TargetId,
        Sequence = s.Header.Sequence,
        ContactTime = s.ContactTime,
        Force = s.Force,
        IncidentType = s.IncidentType,
        Channel = (Channel)s.Channel,
        NeededGrade = (Grade)s.NeededGrade,
        GivenGrade = (Grade)s.GivenGrade,
        Vulnerable = (s.Flags & 1) != 0,
        VulnerabilityIdentified = (s.Flags & 2) != 0,
        RepeatIdentified = (s.Flags & 4) != 0,
        StructuredAssessment = (s.Flags & 8) != 0,
        Attended = (s.Flags & 16) != 0,
        Late = (s.Flags & 32) != 0,
        ToldOfDelay = (s.Flags & 64) != 0,
        Crime = (s.Flags & 128) != 0,
        Recorded = (s.Flags & 256) != 0,
        Referred = (s.Flags & 1024) != 0,
        Abandoned = (s.Flags & 2048) != 0,
        LateForNeed = (s.Flags & 512) != 0,
        ResponseMinutes = s.ResponseMinutes,
    };

    public ContactOutcomeSurrogate ConvertToSurrogate(in ContactOutcome value) => new()
    {
        Header = MessageHeader.Of(value),
        ContactTime = value.ContactTime,
        Force = value.Force,
        IncidentType = value.IncidentType,
        Channel = (int)value.Channel,
        NeededGrade = (int)value.NeededGrade,
        GivenGrade = (int)value.GivenGrade,
        Flags = (value.Vulnerable ? 1 : 0) | (value.VulnerabilityIdentified ? 2 : 0) | (value.RepeatIdentified ? 4 : 0)
            | (value.StructuredAssessment ? 8 : 0) | (value.Attended ? 16 : 0) | (value.Late ? 32 : 0) | (value.ToldOfDelay ? 64 : 0)
            | (value.Crime ? 128 : 0) | (value.Recorded ? 256 : 0) | (value.LateForNeed ? 512 : 0) | (value.Referred ? 1024 : 0) | (value.Abandoned ? 2048 : 0),
        ResponseMinutes = value.ResponseMinutes,
    };
}
