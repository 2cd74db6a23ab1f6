using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using Briefings.Benchmarks.Scale.Processes;
using Briefings.Benchmarks.Scale.Results;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// Our watch loop as a desk runs it: the package's own <c>tools/briefings/briefings.dll watch</c> (what
/// <c>dotnet briefings watch</c> runs) in the built story project's folder, serving on a free port. After its first
/// render, each edit sets the English title of event-000000 and is timed to every briefing showing it on disk
/// (<see cref="EditLatency"/>); the loop's own line for the edit is awaited before the next one.
/// </summary>
internal static class WatchMeasurement
{
    /// <summary>Between edits, as scripts/watch-latency.sh: the previous cycle and any file events are over.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    public static WatchSeries Measure(StoryProject story, string tool, IReadOnlyDictionary<string, string?> variables, int edits)
    {
        var series = new WatchSeries();
        var timeout = Timeout(story.Size.Size);
        story.Edit(null);
        var started = Stopwatch.StartNew();
        using (var watch = new BackgroundProcess("dotnet", story.Directory, SdkSettings.Workplace.With(variables), tool, "watch", "--port", "0"))
        {
            watch.WaitForLine(l => l.StartsWith("start:", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal), timeout);
            if (watch.Output.Contains("error", StringComparison.Ordinal))
            {
                throw new ScaleRunException("The watch loop reported an error at its start.", watch.Output);
            }

            series.StartSeconds = started.Elapsed.TotalSeconds;
            for (var edit = 1; edit <= edits; edit++)
            {
                Thread.Sleep(Settle);
                var marker = string.Create(CultureInfo.InvariantCulture, $"watch {edit}: ");
                var showing = EditLatency.FilesHolding(story.Briefings, StoryProject.TitleIn(File.ReadAllText(story.FactFile)));
                series.ChangedFiles = showing.Count;
                var lines = watch.LineCount;
                series.EditMs.Add(EditLatency.Measure(showing, marker, () => story.Edit(marker), timeout, watch));
                var line = watch.WaitForLine(l => l.Contains("fact file(s) read", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal), timeout, lines);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  watch edit {edit}: {series.EditMs[^1]:F0} ms ({line})"));
            }

            series.PeakBytes = watch.PeakBytes;
        }

        story.Edit(null);
        return series;
    }

    /// <summary>How long a start or one edit may take before the run gives up: generous, growing with the facts.</summary>
    public static TimeSpan Timeout(int facts) => TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(10.0 * facts);
}
