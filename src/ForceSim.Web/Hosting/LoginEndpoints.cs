using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ForceSim.Web.Hosting;

/// <summary>The login page a keyed server shows to a browser: one labelled field for the key, with an anti-forgery token.</summary>
internal static class LoginEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl, bool? failed) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var html = $$"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>ForceSim: sign in</title><link rel="stylesheet" href="/app.css"></head>
                <body class="login"><main><h1>ForceSim</h1>
                <form method="post" action="/login">
                <input type="hidden" name="{{tokens.FormFieldName}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}">
                <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(Local(returnUrl))}}">
                <label for="key">Access key</label>
                <input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
                {{(failed == true ? "<p role=\"alert\">That key is not right.</p>" : "")}}
                <button type="submit">Sign in</button>
                </form></main></body></html>
                """;
            return Results.Content(html, "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        app.MapPost("/login", async (HttpContext context, ServeSettings settings) =>
        {
            // Minimal API form binding already checks the anti-forgery token; reading the form by hand needs the check here.
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Results.BadRequest("The form has expired; open the login page again.");
            }

            var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
            var returnUrl = Local(form["returnUrl"]);
            if (string.IsNullOrEmpty(settings.ApiKey) || !KeyGate.Matches(settings.ApiKey, form["key"]))
            {
                return Results.Redirect("/login?failed=true&returnUrl=" + Uri.EscapeDataString(returnUrl));
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "key holder")], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
            return Results.Redirect(returnUrl);
        }).DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>Only a path on this site, so the login cannot be used to send someone elsewhere.</summary>
    private static string Local(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
