using ForceSim.Experiments;
using ForceSim.Experiments.Jobs;

namespace ForceSim.Web.Api;

/// <summary>
/// The JSON API for scripts: queue a run, a comparison or a budget search, follow it, fetch its results, cancel it. Only translation
/// between HTTP and the job manager happens here.
/// </summary>
public static class JobEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("ForceSim");
        api.MapGet("/scenarios", (ScenarioWorkspace workspace) => workspace.Shipped).WithSummary("The shipped scenarios.");
        api.MapPost("/runs", (RunBody body, JobManager jobs) => Submit(() => jobs.SubmitRun(body.ToRequest()), "runs"))
            .WithSummary("Queue a run of a shipped scenario or YAML text; answers its id.");
        api.MapPost("/comparisons", (CompareBody body, JobManager jobs) => Submit(() => jobs.SubmitComparison(body.ToRequest()), "comparisons"))
            .WithSummary("Queue a base and up to four options, run with common random numbers; answers its id.");
        api.MapPost("/budgets", (BudgetBody body, JobManager jobs) => Submit(() => jobs.SubmitBudget(body.ToRequest()), "budgets"))
            .WithSummary("Queue a budget search: an annual sum (negative for a cut) and the roles on offer; answers its id.");
        foreach (var (segment, kind, file) in new[] { ("runs", JobKind.Run, "results.json"), ("comparisons", JobKind.Comparison, "comparison.json"), ("budgets", JobKind.Budget, "budget.json") })
        {
            api.MapGet($"/{segment}/{{id}}", (string id, JobManager jobs) => jobs.Find(id) is { } job && job.Kind == kind ? Results.Ok(JobBody.Of(job)) : NotFound(id))
                .WithSummary("How far the job has got: status, done, total.");
            api.MapGet($"/{segment}/{{id}}/results", (string id, JobManager jobs) => ResultsOf(jobs, id, kind, file))
                .WithSummary($"The finished job's {file}.");
            api.MapDelete($"/{segment}/{{id}}", (string id, JobManager jobs) => Cancel(jobs, id, kind, segment))
                .WithSummary("Cancel a queued or running job.");
        }
    }

    private static IResult Submit(Func<JobRecord> submit, string segment)
    {
        try
        {
            var job = submit();
            return Results.Accepted($"/api/{segment}/{job.Id}", new JobCreated(job.Id));
        }
        catch (ScenarioRejectedException e)
        {
            var problems = e.Problems.Select(ProblemBody.Of).Concat(e.RubricProblems.Select(r => new ProblemBody("rubric", 0, 0, "", r, null))).ToList();
            return Results.BadRequest(new ApiError(e.Message) { Problems = problems });
        }
        catch (InvalidRequestException e)
        {
            return Results.BadRequest(new ApiError(e.Message));
        }
    }

    private static IResult ResultsOf(JobManager jobs, string id, JobKind kind, string file)
    {
        if (jobs.Find(id) is not { } job || job.Kind != kind)
        {
            return NotFound(id);
        }

        if (job.Status != JobStatus.Done)
        {
            return Results.Conflict(new ApiError($"Job {id} is {job.Status.ToString().ToLowerInvariant()}; results come once it is done."));
        }

        var path = Path.Combine(jobs.FolderOf(id)!, file);
        return File.Exists(path) ? Results.File(path, "application/json") : Results.NotFound(new ApiError($"Job {id} has no {file}."));
    }

    private static IResult Cancel(JobManager jobs, string id, JobKind kind, string segment)
    {
        if (jobs.Find(id) is not { } job || job.Kind != kind)
        {
            return NotFound(id);
        }

        return jobs.Cancel(id) ? Results.Accepted($"/api/{segment}/{id}", JobBody.Of(job)) : Results.Conflict(new ApiError($"Job {id} has already finished."));
    }

    private static IResult NotFound(string id) => Results.NotFound(new ApiError($"No job '{id}'."));
}
