using Bunit;
using ForceSim.Experiments.Jobs;
using ForceSim.Model.Loading;
using ForceSim.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ForceSim.Web.Tests.Components;

public sealed class ComponentTests : IDisposable
{
    private readonly BunitContext context = new();
    private readonly TempFolder data = new();

    public ComponentTests()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
    }

    [Fact]
    public void Problem_list_shows_each_problem_with_line_column_key_path_and_what_was_meant()
    {
        ScenarioProblem[] problems = [new("scenario", 3, 5, "run.replicatons", "unknown key 'replicatons'") { MeantKey = "replications" }];

        var list = context.Render<ProblemList>(p => p.Add(c => c.Problems, problems));

        var item = list.Find("ul.problems li");
        Assert.Contains("scenario line 3, column 5", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("run.replicatons", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Did you mean replications?", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 problem(s)", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_list_shows_nothing_for_a_valid_scenario()
    {
        var list = context.Render<ProblemList>();

        Assert.Empty(list.FindAll("li"));
    }

    [Fact]
    public void Scenario_card_offers_a_run_of_that_scenario_and_an_edit()
    {
        var edited = new List<ShippedScenario>();
        var scenario = new ShippedScenario("whatif/plus-20-call-handlers", "What if: 20 more call handlers", "20 FTE more.", "whatif");

        var card = context.Render<ForceSim.Web.Components.Shared.ScenarioCard>(p => p.Add(c => c.Scenario, scenario).Add(c => c.OnEdit, s => edited.Add(s)));
        card.Find("button[aria-label='Edit What if: 20 more call handlers']").Click();

        Assert.Equal("/run?scenario=whatif%2Fplus-20-call-handlers", card.Find("a[aria-label='Run What if: 20 more call handlers']").GetAttribute("href"));
        Assert.Equal([scenario], edited);
    }

    [Fact]
    public void Job_progress_shows_replications_done_of_total_and_a_cancel_button_while_running()
    {
        var history = new JobHistory(data.Path);
        history.Put(new JobRecord
        {
            Id = "run-1",
            Kind = JobKind.Run,
            Title = "Baseline",
            Source = "cambridgeshire-2022",
            Replications = 4,
            Seed = 1,
            Total = 4,
            Done = 1,
            Status = JobStatus.Running,
            Created = DateTimeOffset.UtcNow,
            Started = DateTimeOffset.UtcNow.AddSeconds(-10),
            Folder = "runs/run-1",
        });
        var workspace = new ScenarioWorkspace(RepositoryPaths.File("scenarios"), data.Path, new JobLimits());
        context.Services.AddSingleton(new JobManager(workspace, history, data.Path));

        var progress = context.Render<JobProgress>(p => p.Add(c => c.JobId, "run-1"));

        Assert.Contains("Running: 1 of 4 replications done", progress.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Contains("left", progress.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(progress.Find("#cancel-job"));
    }

    public void Dispose()
    {
        context.Dispose();
        data.Dispose();
    }
}
