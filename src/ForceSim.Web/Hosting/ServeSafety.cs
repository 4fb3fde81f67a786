using System.Net;
using ForceSim.Experiments;

namespace ForceSim.Web.Hosting;

/// <summary>
/// Safe by default: the app listens on loopback unless told otherwise, and listening anywhere else needs an API key,
/// because then anyone who can reach the port could run work on this machine.
/// </summary>
public static class ServeSafety
{
    /// <exception cref="InvalidRequestException">A URL is malformed, or a non-loopback URL has no key.</exception>
    public static void Check(string urls, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidRequestException($"--urls: '{url}' is not an http:// or https:// URL such as {ServeSettings.DefaultUrls}.");
            }

            if (!IsLoopback(uri.Host) && string.IsNullOrEmpty(apiKey))
            {
                throw new InvalidRequestException(
                    $"--urls {url} listens beyond this machine, so anyone who can reach it could run work here; give --api-key KEY "
                    + "(or FORCESIM_API_KEY) to require a key on every page and API call, or listen on 127.0.0.1.");
            }
        }

        if (apiKey is { Length: > 0 and < 16 })
        {
            throw new InvalidRequestException("--api-key must be at least 16 characters long (a random one is best).");
        }
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
