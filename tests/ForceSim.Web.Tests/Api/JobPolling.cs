using System.Net.Http.Json;
using System.Text.Json;

namespace ForceSim.Web.Tests.Api;

/// <summary>Follows a job over the API until it finishes; bounded by polls, not by the clock.</summary>
internal static class JobPolling
{
    public static async Task<JsonElement> UntilFinishedAsync(HttpClient client, string location)
    {
        for (var poll = 0; poll < 1200; poll++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("status").GetString() is "done" or "failed" or "cancelled")
            {
                return job;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"{location} did not finish within 1200 polls.");
    }
}
