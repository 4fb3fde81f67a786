using System.Collections.Concurrent;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Running;
using ForceSim.Experiments.Scenarios;
using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Jobs;

/// <summary>
/// Runs and comparisons queued by web clients: checked when submitted (so a bad scenario is refused at once), run by
/// the same services the CLI calls, at most <see cref="JobLimits.MaxConcurrentJobs"/> at a time, each writing the CLI's
/// files in its own folder under the data folder. Every change is saved to History and announced by <see cref="Changed"/>.
/// </summary>
public sealed partial class JobManager : IAsyncDisposable
{
    private readonly ScenarioWorkspace workspace;
    private readonly JobHistory history;
    private readonly ClusterAddress? cluster;
    private readonly string dataFolder;
    private readonly SemaphoreSlim slots;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, (CancellationTokenSource Cancel, Task Work)> active = new();

    /// <param name="cluster">Send runs, comparisons and budget searches to this cluster as experiments instead of running them here.</param>
    public JobManager(ScenarioWorkspace workspace, JobHistory history, string dataFolder, ClusterAddress? cluster = null)
    {
        this.workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));
        this.history = history ?? throw new ArgumentNullException(nameof(history));
        this.dataFolder = Path.GetFullPath(dataFolder);
        this.cluster = cluster;
        slots = new SemaphoreSlim(Math.Max(1, workspace.Limits.MaxConcurrentJobs));
    }

    /// <summary>A job's record changed (queued, started, progressed, finished); raised on the job's thread.</summary>
    public event Action<JobRecord>? Changed;

    public JobLimits Limits => workspace.Limits;

    public IReadOnlyList<JobRecord> All() => history.All();

    public JobRecord? Find(string id) => JobIds.IsWellFormed(id) ? history.Find(id) : null;

    /// <summary>The id a job has as an experiment on the cluster (it keeps that id, so any process can follow it).</summary>
    public static string ExperimentIdOf(string jobId) => "web-" + jobId;

    /// <summary>The job's results folder (absolute), or null for an unknown id.</summary>
    public string? FolderOf(string id) => Find(id) is { } job ? Path.Combine(dataFolder, job.Folder) : null;

    /// <summary>The files a job wrote, relative to its folder with '/' between folders, in name order (none until it is done).</summary>
    public IReadOnlyList<string> FilesOf(string id)
    {
        if (FolderOf(id) is not { } folder || !Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];
    }

    /// <exception cref="ScenarioRejectedException">The scenario or the changes have problems.</exception>
    /// <exception cref="InvalidRequestException">Replications or seed out of range, or over this server's limits.</exception>
    public JobRecord SubmitRun(RunJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var overrides = JobOverrides.Of(request.Set);
        var path = workspace.Accept(request.Scenario, overrides);
        CheckReplications(request.Replications);
        var scenario = ScenarioInput.Load(path, request.Replications, request.Seed, overrides);
        CheckReplications(scenario.Run.Replications);
        var id = JobIds.New("run");
        var job = new JobRecord
        {
            Id = id,
            Kind = JobKind.Run,
            Title = scenario.Name,
            Source = SourceOf(request.Scenario, path),
            Replications = scenario.Run.Replications,
            Seed = scenario.Run.Seed,
            Overrides = overrides,
            Total = scenario.Run.Replications,
            Created = DateTimeOffset.UtcNow,
            Folder = Path.Combine("runs", id),
        };
        var runRequest = new RunRequest
        {
            ScenarioPath = path,
            Replications = job.Replications,
            Seed = job.Seed,
            Overrides = overrides,
            OutputDirectory = Path.Combine(dataFolder, job.Folder),
            Parallelism = Limits.Parallelism,
            Cluster = cluster,
            ExperimentId = cluster is null ? null : ExperimentIdOf(id),
        };
        return Start(job, token => RunAsync(job.Id, runRequest, token));
    }

    /// <exception cref="ScenarioRejectedException">A scenario has problems.</exception>
    /// <exception cref="InvalidRequestException">No option, too many, or replications over this server's limits.</exception>
    public JobRecord SubmitComparison(CompareJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.Count is 0 || request.Options.Count > Limits.MaxOptions)
        {
            throw new InvalidRequestException($"A comparison needs from 1 to {Limits.MaxOptions} options (got {request.Options.Count}).");
        }

        var overrides = JobOverrides.Of(request.Set);
        var basePath = workspace.Accept(request.Base, overrides);
        var optionPaths = request.Options.Select(o => workspace.Accept(o, overrides)).ToList();
        CheckReplications(request.Replications);
        var baseScenario = ScenarioInput.Load(basePath, request.Replications, request.Seed, overrides);
        CheckReplications(baseScenario.Run.Replications);
        var names = optionPaths.Select(p => ScenarioInput.Load(p, baseScenario.Run.Replications, baseScenario.Run.Seed, overrides).Name).ToList();
        var id = JobIds.New("cmp");
        var job = new JobRecord
        {
            Id = id,
            Kind = JobKind.Comparison,
            Title = baseScenario.Name,
            Source = SourceOf(request.Base, basePath),
            Options = names,
            Overrides = overrides,
            Replications = baseScenario.Run.Replications,
            Seed = baseScenario.Run.Seed,
            Total = baseScenario.Run.Replications * (names.Count + 1),
            Created = DateTimeOffset.UtcNow,
            Folder = Path.Combine("comparisons", id),
        };
        var compareRequest = new CompareRequest
        {
            BasePath = basePath,
            OptionPaths = optionPaths,
            Replications = job.Replications,
            Seed = job.Seed,
            Overrides = overrides,
            OutputDirectory = Path.Combine(dataFolder, job.Folder),
            Parallelism = Limits.Parallelism,
            Cluster = cluster,
            ExperimentId = cluster is null ? null : ExperimentIdOf(id),
        };
        return Start(job, token => CompareAsync(job.Id, compareRequest, token));
    }

    /// <summary>Cancels a queued or running job; false when there is no such job or it has already finished.</summary>
    public bool Cancel(string id)
    {
        if (!active.TryGetValue(id, out var entry))
        {
            return false;
        }

        entry.Cancel.Cancel();
        return true;
    }

    /// <summary>Waits for a job to finish (tests and scripts); returns its final record.</summary>
    public async Task<JobRecord> WaitAsync(string id, CancellationToken cancellationToken = default)
    {
        if (active.TryGetValue(id, out var entry))
        {
            await entry.Work.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return Find(id) ?? throw new InvalidRequestException($"No job '{id}'.");
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(active.Values.Select(e => e.Work)).ConfigureAwait(false);
        stopping.Dispose();
        slots.Dispose();
    }

    private JobRecord Start(JobRecord job, Func<CancellationToken, Task> work)
    {
        Put(job);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        var task = Task.Run(() => RunQueuedAsync(job.Id, work, cancel.Token), CancellationToken.None);
        active[job.Id] = (cancel, task);
        return job;
    }

    private async Task RunQueuedAsync(string id, Func<CancellationToken, Task> work, CancellationToken token)
    {
        try
        {
            await slots.WaitAsync(token).ConfigureAwait(false);
            try
            {
                Update(id, j => j with { Status = JobStatus.Running, Started = DateTimeOffset.UtcNow });
                await work(token).ConfigureAwait(false);
                Update(id, j => j with { Status = JobStatus.Done, Done = j.Total, Finished = DateTimeOffset.UtcNow });
            }
            finally
            {
                slots.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WorkInterruptedException or ExperimentDetachedException)
        {
            Update(id, j => j with { Status = JobStatus.Cancelled, Finished = DateTimeOffset.UtcNow });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The user sees the message only; the server's faults (disk full, a lost cluster) say what to check.
            Update(id, j => j with { Status = JobStatus.Failed, Error = e.Message, Finished = DateTimeOffset.UtcNow });
        }
        finally
        {
            if (active.TryRemove(id, out var entry))
            {
                entry.Cancel.Dispose();
            }
        }
    }

    private async Task RunAsync(string id, RunRequest request, CancellationToken token)
    {
        var progress = new CallbackProgress<RunProgress>(p =>
        {
            switch (p)
            {
                case ReplicationsFinished f:
                    Update(id, j => j with { Done = f.Done, Total = f.Total });
                    break;
                case ClusterRunStatus s:
                    Update(id, j => j with { Done = s.Status.Done, Total = s.Status.Total });
                    break;
            }
        });
        await RunService.RunAsync(request, progress, token).ConfigureAwait(false);
    }

    private async Task CompareAsync(string id, CompareRequest request, CancellationToken token)
    {
        // Here the scenarios run one after another; on a cluster together, each poll reporting every scenario's count.
        var finished = new int[request.OptionPaths.Count + 1];
        var progress = new CallbackProgress<CompareProgress>(p =>
        {
            if (p is ScenarioReplicationsFinished f)
            {
                Interlocked.Exchange(ref finished[f.Index], f.Done);
                Update(id, j => j with { Done = finished.Sum() });
            }
        });
        var outcome = await CompareService.RunAsync(request, progress, token).ConfigureAwait(false);
        ComparisonJsonFile.Write(outcome);
    }

    private void Update(string id, Func<JobRecord, JobRecord> change)
    {
        if (history.Find(id) is { } job)
        {
            Put(change(job));
        }
    }

    private void Put(JobRecord job)
    {
        history.Put(job);
        Changed?.Invoke(job);
    }

    private void CheckReplications(int? replications)
    {
        if (replications > Limits.MaxReplications)
        {
            throw new InvalidRequestException($"This server runs at most {Limits.MaxReplications} replications a job (asked for {replications}).");
        }
    }

    private string SourceOf(string asked, string path) =>
        path.StartsWith(Path.Combine(dataFolder, "scenarios", "uploads"), StringComparison.Ordinal) ? "uploaded" : asked.Trim();
}
