using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Briefings.Benchmarks.Scale.Processes;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// Edit one fact → every output that shows it is on disk, the same way for our watch and for <c>hugo server</c>: the
/// outputs that held the fact's old title are the ones that must change; after the edit each is polled (its modification
/// time every 5 ms, its text once that moved) until it holds the edit's marker. The latency is from just before the write
/// to the newest of their modification times, so the polling interval is not part of it.
/// </summary>
internal static class EditLatency
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <summary>The files under <paramref name="folder"/> whose text holds <paramref name="text"/>, in ordinal order.</summary>
    public static List<string> FilesHolding(string folder, string text) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList()
        : [];

    /// <summary>Runs <paramref name="edit"/> and waits until every one of <paramref name="files"/> holds <paramref name="marker"/>; returns milliseconds.</summary>
    public static double Measure(IReadOnlyList<string> files, string marker, Action edit, TimeSpan timeout, BackgroundProcess watcher)
    {
        if (files.Count == 0)
        {
            throw new ScaleRunException("No output holds the fact's title before the edit, so there is nothing to wait for.", watcher.Output);
        }

        var before = files.ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
        var pending = new HashSet<string>(files, StringComparer.Ordinal);
        var start = DateTime.UtcNow;
        edit();
        var watch = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            foreach (var file in pending.ToList())
            {
                // A file rewritten atomically is briefly missing; one written in place may be half-written: poll again.
                if (File.Exists(file) && File.GetLastWriteTimeUtc(file) != before[file] && Holds(file, marker))
                {
                    pending.Remove(file);
                }
            }

            if (pending.Count > 0 && watch.Elapsed > timeout)
            {
                throw new ScaleRunException($"{pending.Count} output(s) did not show the edit ('{marker}') within {timeout.TotalSeconds:F0} s: {string.Join(", ", pending.Take(5))}.", watcher.Output);
            }

            Thread.Sleep(Poll);
        }

        return (files.Max(File.GetLastWriteTimeUtc) - start).TotalMilliseconds;
    }

    private static bool Holds(string file, string marker)
    {
        try
        {
            return File.ReadAllText(file).Contains(marker, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
