using System;
using System.Collections.Concurrent;
using System.IO;
using Briefings.Cli.Watch;
using Briefings.Testing;

namespace Briefings.Cli.Tests.Watch;

/// <summary>
/// The shipped story's facts and templates copied to a temp folder and watched by a real <see cref="BriefingWatcher"/>
/// over the compiled story model, optionally serving on a free loopback port.
/// </summary>
internal sealed class WatchedStory : IDisposable
{
    private readonly TempFolder temp = new("briefings-watch");
    private readonly BlockingCollection<WatchCycle> cycles = [];

    public WatchedStory(bool serve = false, string? templates = null, int pageSize = Briefings.Rendering.RenderRequest.DefaultPageSize, bool jsonSchemas = false, bool timings = false)
    {
        CopyFolder(RepositoryPaths.Seeds, Facts);
        CopyFolder(templates ?? RepositoryPaths.Templates, Templates);
        Log = new StringWriter();
        Watcher = new BriefingWatcher(
            new WatchOptions
            {
                ModelPath = typeof(Briefings.Story.Facts).Assembly.Location,
                FactsDirectory = Facts,
                TemplatesDirectory = Templates,
                OutputDirectory = Output,
                DisplayRoot = temp.Path,
                Port = serve ? 0 : null,
                PageSize = pageSize,
                VerifyIncremental = true,
                Timings = timings,
                JsonSchemaDirectory = jsonSchemas ? JsonSchemas : null,
            },
            TextWriter.Synchronized(Log));
        Watcher.CycleCompleted += cycles.Add;
        Watcher.Start();
        First = Next(c => true);
    }

    public BriefingWatcher Watcher { get; }

    public StringWriter Log { get; }

    /// <summary>The start-up cycle: every fact file read, every briefing written.</summary>
    public WatchCycle First { get; }

    public string Facts => Path.Combine(temp.Path, "seeds");

    public string Templates => Path.Combine(temp.Path, "templates");

    public string Output => Path.Combine(temp.Path, "briefings");

    /// <summary>Where the loop refreshes the JSON Schemas, when asked to.</summary>
    public string JsonSchemas => Path.Combine(temp.Path, "json-schemas");

    public string Briefing(string name) => File.ReadAllText(Path.Combine(Output, name));

    /// <summary>Replaces text in a fact or template file (relative to the temp root) and returns the file's path.</summary>
    public string Edit(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(temp.Path, relativePath);
        var text = File.ReadAllText(path);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relativePath}");
        }

        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        return path;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(temp.Path, relativePath), text);

    public void Delete(string relativePath) => File.Delete(Path.Combine(temp.Path, relativePath));

    /// <summary>The next cycle that satisfies the condition (an editor's save may come as two events, hence two cycles).</summary>
    public WatchCycle Next(Func<WatchCycle, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (cycles.TryTake(out var cycle, deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
        {
            if (condition(cycle))
            {
                return cycle;
            }
        }

        throw new TimeoutException("No such watch cycle within " + seconds + " s. Log:\n" + Log);
    }

    public void Dispose()
    {
        Watcher.Dispose();
        cycles.Dispose();
        temp.Dispose();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
