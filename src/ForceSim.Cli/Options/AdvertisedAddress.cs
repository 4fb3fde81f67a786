using System.Net;
using System.Net.Sockets;
using ForceSim.Experiments;

namespace ForceSim.Cli.Options;

/// <summary><c>--advertise</c>: the address other silos and clients reach a silo at.</summary>
public static class AdvertisedAddress
{
    /// <summary>An IP, a host name, or <c>auto</c> (this machine's own address); loopback when not given.</summary>
    public static IPAddress Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(text, out var ip))
        {
            return ip;
        }

        var host = text == "auto" ? Dns.GetHostName() : text;
        try
        {
            return Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
                ?? Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        }
        catch (Exception e) when (e is SocketException or InvalidOperationException)
        {
            throw new InvalidRequestException($"--advertise: cannot resolve '{text}' to an IPv4 address ({e.Message}).", e);
        }
    }
}
