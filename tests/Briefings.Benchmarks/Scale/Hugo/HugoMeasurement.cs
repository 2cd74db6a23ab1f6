using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Briefings.Benchmarks.Scale.Processes;
using Briefings.Benchmarks.Scale.Results;
using Briefings.Benchmarks.Synthetic;

namespace Briefings.Benchmarks.Scale.Hugo;

/// <summary>
/// Hugo on the same synthetic facts (<see cref="HugoSite"/>): <c>hugo</c> cold (public/ and resources/ deleted), no-op
/// (the same command again: Hugo rebuilds everything), after editing the same fact as ours, and <c>hugo server
/// --renderToDisk</c>'s edit → the changed pages on disk, timed as our watch is (<see cref="EditLatency"/>).
/// </summary>
internal static class HugoMeasurement
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    // What a cold build starts without: Hugo's output, its resources and its cache.
    private static readonly string[] BuildState = ["public", "resources", ".cache"];

    /// <summary>`hugo version`, or null when Hugo is not installed (scripts/install-hugo.sh installs it).</summary>
    public static string? Version()
    {
        try
        {
            var result = ProcessRunner.Run("hugo", Directory.GetCurrentDirectory(), null, "version");
            return result.ExitCode == 0 ? result.Output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public static HugoSeries Measure(string site, int size, ScaleOptions options, string title)
    {
        var series = new HugoSeries { ContentFiles = HugoSite.Write(site, SyntheticFactBase.Generate(size)) };
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["HUGO_CACHEDIR"] = Path.Combine(site, ".cache") };
        var content = Path.Combine(site, HugoSite.EditedContent);
        var original = File.ReadAllText(content);
        var pages = new[] { Path.Combine(site, "public", "index.html"), Path.Combine(site, "public", "events", "event-000000", "index.html") };
        for (var run = 0; run < options.ColdRuns; run++)
        {
            foreach (var folder in BuildState.Select(f => Path.Combine(site, f)).Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }

            series.Cold.Add(Build(site, environment, series, "hugo cold", pages, title));
        }

        for (var run = 0; run < options.Runs; run++)
        {
            series.NoOp.Add(Build(site, environment, series, "hugo no-op", pages, title));
        }

        for (var run = 1; run <= options.Runs; run++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"hugo edit {run}: ");
            File.WriteAllText(content, original.Replace(HugoSite.TitleLine, HugoSite.TitleLine + marker, StringComparison.Ordinal), new UTF8Encoding(false));
            series.Edit.Add(Build(site, environment, series, "hugo edit", pages, marker));
        }

        File.WriteAllText(content, original, new UTF8Encoding(false));
        var output = Directory.EnumerateFiles(Path.Combine(site, "public"), "*", SearchOption.AllDirectories).ToList();
        series.OutputFiles = output.Count;
        series.OutputBytes = output.Sum(f => new FileInfo(f).Length);
        Server(site, environment, series.Server, options.WatchEdits, size, content, original);
        return series;
    }

    private static double Build(string site, IReadOnlyDictionary<string, string?> environment, HugoSeries series, string what, string[] pages, string expected)
    {
        var result = ProcessRunner.Check(ProcessRunner.Run("hugo", site, environment, "--destination", "public"), what);
        series.PeakBytes = BuildSeries.Max(series.PeakBytes, result.PeakBytes);
        var missing = pages.Where(p => !File.Exists(p) || !File.ReadAllText(p).Contains(expected, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new ScaleRunException($"{what}: these pages do not show '{expected}': {string.Join(", ", missing)}.", result.Log);
        }

        return result.Elapsed.TotalSeconds;
    }

    private static void Server(string site, IReadOnlyDictionary<string, string?> environment, WatchSeries series, int edits, int size, string content, string original)
    {
        var timeout = WatchMeasurement.Timeout(size);
        var destination = Path.Combine(site, "public-server");
        var started = Stopwatch.StartNew();
        using (var server = new BackgroundProcess("hugo", site, environment, "server", "--renderToDisk", "--bind", "127.0.0.1", "--port", FreePort().ToString(CultureInfo.InvariantCulture), "--destination", destination))
        {
            server.WaitForLine(l => l.Contains("Web Server is available", StringComparison.Ordinal), timeout);
            series.StartSeconds = started.Elapsed.TotalSeconds;
            var current = original;
            for (var edit = 1; edit <= edits; edit++)
            {
                Thread.Sleep(Settle);
                var marker = string.Create(CultureInfo.InvariantCulture, $"hugo server {edit}: ");
                var title = current[(current.IndexOf(HugoSite.TitleLine, StringComparison.Ordinal) + HugoSite.TitleLine.Length)..].Split('"')[0];
                var showing = EditLatency.FilesHolding(destination, title);
                series.ChangedFiles = showing.Count;
                var lines = server.LineCount;
                current = original.Replace(HugoSite.TitleLine, HugoSite.TitleLine + marker, StringComparison.Ordinal);
                var text = current;
                series.EditMs.Add(EditLatency.Measure(showing, marker, () => File.WriteAllText(content, text, new UTF8Encoding(false)), timeout, server));
                var line = server.WaitForLine(l => l.Contains("Total in", StringComparison.Ordinal), timeout, lines);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  hugo server edit {edit}: {series.EditMs[^1]:F0} ms ({line.Trim()})"));
            }

            series.PeakBytes = server.PeakBytes;
        }

        File.WriteAllText(content, original, new UTF8Encoding(false));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
