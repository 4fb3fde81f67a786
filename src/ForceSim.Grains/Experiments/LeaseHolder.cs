using System.Globalization;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// Who holds a leased replication: one worker slot of one silo incarnation, written "SILO/SLOT" with the silo's parsable
/// address (its generation included, so a restarted silo on the same port is a different holder).
/// </summary>
public static class LeaseHolder
{
    public static string Of(SiloAddress silo, int slot)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return string.Create(CultureInfo.InvariantCulture, $"{silo.ToParsableString()}/{slot}");
    }

    public static SiloAddress Silo(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var slash = holder.LastIndexOf('/');
        return SiloAddress.FromParsableString(slash < 0 ? holder : holder[..slash]);
    }
}
