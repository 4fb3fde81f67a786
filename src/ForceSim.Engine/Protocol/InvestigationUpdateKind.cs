namespace ForceSim.Engine.Protocol;

public enum InvestigationUpdateKind
{
    /// <summary>The victim was told how the investigation is going.</summary>
    Informed,

    /// <summary>An update fell due and nobody told the victim.</summary>
    NotInformed,

    /// <summary>The crime will not be investigated further.</summary>
    ScreenedOut,

    /// <summary>The case closed with a charge or summons.</summary>
    ClosedCharged,

    /// <summary>The case closed without a charge.</summary>
    ClosedNoCharge,
}
