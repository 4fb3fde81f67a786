using System.Security.Cryptography;
using System.Text;
using ForceSim.Web.Api;

namespace ForceSim.Web.Hosting;

/// <summary>
/// With an API key set, nothing but the health check, the login page and static files is served without it: the API
/// wants the <c>X-Api-Key</c> header, pages (and the Blazor circuit, and the Orleans Dashboard) the login cookie.
/// </summary>
internal sealed class KeyGate(RequestDelegate next, ServeSettings settings)
{
    public const string Header = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (string.IsNullOrEmpty(settings.ApiKey) || IsOpen(context.Request.Path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var keyed = Matches(settings.ApiKey, context.Request.Headers[Header].ToString());
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            if (keyed)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new ApiError($"This server needs its API key in the {Header} header.")).ConfigureAwait(false);
            return;
        }

        if (keyed || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
    }

    /// <summary>Compared in constant time, so the key cannot be guessed a character at a time.</summary>
    public static bool Matches(string key, string? given) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));

    private static bool IsOpen(PathString path) =>
        path == "/healthz" || path.StartsWithSegments("/login") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path == "/app.css" || path == "/favicon.ico";
}
