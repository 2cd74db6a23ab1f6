using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Briefings.Cli.JsonSchemas;
using Briefings.Cli.Watch.Server;
using Briefings.Facts.Pipeline;
using Briefings.Rendering;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Incremental;
using Briefings.Rendering.Output;
using Briefings.Rendering.Versions;

namespace Briefings.Cli.Watch;

/// <summary>
/// The live edit loop. Start: load the compiled model, read every fact file once, render. Then on each change:
/// re-read only the changed fact files through the generator's own pipeline (<see cref="FactBaseSession"/>),
/// swap the new data into the model, render in memory, rewrite only the files whose bytes changed (each
/// atomically), and tell open pages to reload. Broken facts or templates leave the last briefings on disk and
/// show the located errors in the console and in the pages.
/// </summary>
internal sealed class BriefingWatcher : IDisposable
{
    private readonly WatchOptions options;
    private readonly TextWriter log;
    private readonly BlockingCollection<string> changes = [];
    private readonly HashSet<string> knownFactFiles = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly WatchedOutputs outputs;
    private LoadedModel? model;
    private FactBaseSession? session;
    private LiveJsonSchemas? jsonSchemas;
    private LiveServer? server;
    private Thread? loop;
    private volatile LiveState state = new(0, [], string.Empty);
    private RenderResult? lastRender;
    private VersionHistory? versions;
    private IReadOnlyDictionary<string, string> lastFacts = new Dictionary<string, string>();

    public BriefingWatcher(WatchOptions options, TextWriter log)
    {
        this.options = options with
        {
            FactsDirectory = Path.GetFullPath(options.FactsDirectory),
            TemplatesDirectory = Path.GetFullPath(options.TemplatesDirectory),
            OutputDirectory = Path.GetFullPath(options.OutputDirectory),
            DisplayRoot = Path.GetFullPath(options.DisplayRoot),
        };
        this.log = log;
        outputs = new WatchedOutputs(this.options.OutputDirectory, Display(this.options.OutputDirectory));
    }

    /// <summary>The current render number (it grows by one per successful render) and the errors, if broken.</summary>
    public LiveState State => state;

    public Uri? Address => server?.Address;

    /// <summary>Raised after each cycle, on the watch thread, with what it did.</summary>
    public event Action<WatchCycle>? CycleCompleted;

    public void Start()
    {
        model = LoadedModel.Load(Path.GetFullPath(options.ModelPath));
        session = new FactBaseSession(options.FactsDirectory, model.RootNamespace);
        jsonSchemas = options.JsonSchemaDirectory is { } folder ? new LiveJsonSchemas(folder) : null;
        var slug = options.Slug ?? model.Slug;
        var first = model.Model.Languages.Count > 0 ? model.Model.Languages[0] : "en";
        state = state with { Home = $"{slug}.{first}.html" };

        // Watch before the first read, so an edit made during it is not missed.
        Watch(options.FactsDirectory, "*"); // every name: a folder moved in, out or renamed carries fact files without a file event
        Watch(options.TemplatesDirectory, "*");
        var files = FactFolder.Files(options.FactsDirectory).ToList();
        knownFactFiles.UnionWith(files);
        Run(files.Select(p => (p, FactFolder.Read(p))).ToList(), templatesChanged: true, Stopwatch.StartNew(), "start");

        if (options.Port is { } port)
        {
            server = new LiveServer(options.OutputDirectory, port, () => state);
            server.Start();
            log.WriteLine($"Serving {options.OutputDirectory} at {server.Address}{state.Home} (live reload). Ctrl+C stops.");
        }

        loop = new Thread(Loop) { IsBackground = true, Name = "briefings-watch" };
        loop.Start();
    }

    public void Dispose()
    {
        stopping.Cancel();
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        loop?.Join(TimeSpan.FromSeconds(5));
        server?.Dispose();
        changes.Dispose();
        stopping.Dispose();
    }

    private void Watch(string folder, params string[] filters)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder} does not exist.");
        }

        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
        foreach (var filter in filters)
        {
            watcher.Filters.Add(filter);
        }

        watcher.Changed += (_, e) => Enqueue(e.FullPath);
        watcher.Created += (_, e) => Enqueue(e.FullPath);
        watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Enqueue(e.OldFullPath);
            Enqueue(e.FullPath);
        };

        // Too many events at once: read the whole folder again rather than miss one.
        watcher.Error += (_, _) => Enqueue(string.Empty);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>Queues a changed path; an event that arrives while the loop is being disposed is dropped, not thrown on a pool thread.</summary>
    private void Enqueue(string path)
    {
        try
        {
            changes.Add(path);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            // stopping
        }
    }

    private void Loop()
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var first = changes.Take(stopping.Token);
                var clock = Stopwatch.StartNew();
                var paths = new HashSet<string>(StringComparer.Ordinal) { first };
                while (changes.TryTake(out var next, options.Debounce))
                {
                    paths.Add(next);
                }

                // A folder created, moved or renamed in the facts tree: its files came or went without events of their own.
                if (paths.Any(IsFactFolderChange))
                {
                    paths.Add(string.Empty);
                }

                // Editors' temp files and other noise: no cycle unless a fact file or a template changed.
                paths.RemoveWhere(p => p.Length > 0 && !FactFolder.IsFactFile(p) && !p.StartsWith(options.TemplatesDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal));
                if (paths.Count > 0)
                {
                    var templatesChanged = paths.Any(p => p.Length == 0 || p.StartsWith(options.TemplatesDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal));
                    try
                    {
                        Run(Collect(paths), templatesChanged, clock, Describe(paths));
                    }
#pragma warning disable CA1031 // One failed cycle (a full disk, a file locked by another program) must not end the loop silently.
                    catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                    {
                        log.WriteLine($"error: {ex.GetType().Name}: {ex.Message} (after {Describe(paths)}); the next edit tries again.");
                        lastRender = null; // render everything next time: this cycle may have left the model half refreshed
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    /// <summary>A path in the facts tree that is a folder now, or was one holding fact files this loop knows.</summary>
    private bool IsFactFolderChange(string path)
    {
        if (path.Length == 0 || !path.StartsWith(options.FactsDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || FactFolder.IsFactFile(path))
        {
            return false;
        }

        var prefix = path + Path.DirectorySeparatorChar;
        return Directory.Exists(path) || knownFactFiles.Any(known => known.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>The fact files to read again: the changed ones, or all of them after an overflow or a folder change.</summary>
    private List<(string Path, string? Text)> Collect(HashSet<string> paths)
    {
        if (paths.Contains(string.Empty))
        {
            var present = FactFolder.Files(options.FactsDirectory).ToHashSet(StringComparer.Ordinal);
            paths = [.. present, .. knownFactFiles];
        }

        var result = new List<(string, string?)>();
        foreach (var path in paths.Where(p => p.Length > 0 && FactFolder.IsFactFile(p) && p.StartsWith(options.FactsDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = FactFolder.Read(path);
            if (text is null)
            {
                knownFactFiles.Remove(path);
            }
            else
            {
                knownFactFiles.Add(path);
            }

            result.Add((path, text));
        }

        return result;
    }

    private string Describe(HashSet<string> paths)
        => string.Join(", ", paths.Where(p => p.Length > 0).Select(Display).Order(StringComparer.Ordinal).Take(3)) + (paths.Count > 3 ? ", ..." : string.Empty);

    private void Run(List<(string Path, string? Text)> factChanges, bool templatesChanged, Stopwatch clock, string cause)
    {
        var cycle = Cycle(factChanges, templatesChanged, cause);
        cycle = cycle with { Elapsed = clock.Elapsed };
        if (cycle.Errors.Count > 0)
        {
            foreach (var error in cycle.Errors)
            {
                log.WriteLine(error);
            }

            log.WriteLine($"{cycle.Errors.Count} error(s) after {cause}; the briefings on disk stay as they were.");
            state = state with { Errors = cycle.Errors };
        }
        else
        {
            state = state with { Version = state.Version + 1, Errors = [] };
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cause}: {cycle.FactFilesRead} fact file(s) read, {cycle.FilesRendered - cycle.Reused} of {cycle.FilesRendered} files rendered, {cycle.FilesWritten} rewritten, in {cycle.Elapsed.TotalMilliseconds:F0} ms."));
            if (cycle.Timings is { } timings)
            {
                log.WriteLine("  " + timings);
            }
        }

        server?.Publish(state);
        CycleCompleted?.Invoke(cycle with { Version = state.Version });
    }

    private WatchCycle Cycle(List<(string Path, string? Text)> factChanges, bool templatesChanged, string cause)
    {
        var timings = new PhaseTimes();
        var facts = session!.Update(factChanges, stopping.Token);
        timings.Lap("facts");
        if (jsonSchemas?.Update(facts) is { } refreshed)
        {
            log.WriteLine(refreshed); // even while facts are broken: an editor completes the ids that bind
        }

        timings.Lap("json-schemas");

        var messages = facts.Diagnostics
            .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal).ThenBy(d => d.Location?.Start ?? 0).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var warning in messages.Where(d => !d.IsError))
        {
            log.WriteLine(warning.Format(Display));
        }

        var errors = messages.Where(d => d.IsError).Select(d => d.Format(Display)).ToList();
        if (errors.Count > 0)
        {
            return new WatchCycle(cause, facts.FilesBound, 0, 0, errors);
        }

        if (facts.SchemaFingerprint != model!.SchemaFingerprint)
        {
            return new WatchCycle(cause, facts.FilesBound, 0, 0, [
                "The schema changed since the model was built: its C# types must be generated again. Run `dotnet build`, then start the watch again (or undo the schema edit to go on)."]);
        }

        model.Use(facts.DataByKind);
        timings.Lap("swap");
        if (ReadVersionsOnce() is { Count: > 0 } versionErrors)
        {
            return new WatchCycle(cause, facts.FilesBound, 0, 0, versionErrors);
        }

        // Facts whose data changed since the last good render: outputs that read none of them are reused as they are.
        // A template or strings edit changes what every output reads, so it renders everything.
        var changed = templatesChanged || lastRender is null ? null : ChangedFacts.Between(lastFacts, facts.FactData);
        var request = new RenderRequest
        {
            Model = model.Model,
            TemplatesDirectory = options.TemplatesDirectory,
            TemplatesDisplayPath = Display(options.TemplatesDirectory),
            Slug = options.Slug ?? model.Slug,
            PageSize = options.PageSize,
            Previous = changed is null ? null : lastRender,
            ChangedFacts = changed,
            Versions = versions,
        };
        var render = BriefingRenderer.Render(request);
        timings.Lap("render", render.Timings);
        if (!render.Succeeded)
        {
            return new WatchCycle(cause, facts.FilesBound, 0, 0, render.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList());
        }

        if (options.VerifyIncremental && render.Reused > 0)
        {
            Verify(request, render);
            timings.Lap("verify");
        }

        var (count, failed) = outputs.Write(render.Files);
        if (failed.Count > 0)
        {
            lastRender = null; // render everything next time: the disk holds the previous set
            return new WatchCycle(cause, facts.FilesBound, 0, 0, failed);
        }

        timings.Lap("write");
        lastRender = render;
        lastFacts = facts.FactData;
        return new WatchCycle(cause, facts.FilesBound, render.Files.Count, count, []) { Reused = render.Reused, Timings = options.Timings ? timings.ToString() : null };
    }

    /// <summary>Renders everything too and reports every output a partial render got wrong (<see cref="WatchOptions.VerifyIncremental"/>).</summary>
    private void Verify(RenderRequest request, RenderResult partial)
    {
        var full = BriefingRenderer.Render(request with { Previous = null, ChangedFacts = null });
        foreach (var difference in full.Files.Zip(partial.Files).Where(p => p.First != p.Second).Select(p => p.First.Name))
        {
            log.WriteLine($"error: the partial render of {difference} differs from a full render (please report this).");
        }
    }

    /// <summary>The published versions, read once: a version published while watching shows from the next start (or `dotnet build`).</summary>
    private List<string> ReadVersionsOnce()
    {
        if (versions is not null)
        {
            return [];
        }

        var found = new List<RenderDiagnostic>();
        var history = VersionHistory.Load(Path.Combine(options.FactsDirectory, VersionFile.FolderName), options.DisplayRoot, ModelState.ShapeOf(model!.Model), found);
        var errors = found.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (errors.Count == 0)
        {
            versions = history;
        }

        return errors;
    }

    private string Display(string path) => Path.GetRelativePath(options.DisplayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
}
