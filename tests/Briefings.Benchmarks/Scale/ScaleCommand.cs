using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Briefings.Benchmarks.Scale.Hugo;
using Briefings.Benchmarks.Scale.Processes;
using Briefings.Benchmarks.Scale.Results;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// The scale curve through the real toolchain (issue 15): <c>scale [--sizes 100,1000,10000] [--runs 3] [--cold-runs 1]
/// [--watch-edits 9] [--hugo] [--settings workplace,stock] [--no-root] [--results DIR] [--work DIR] [--keep]
/// [--package-from head|worktree|COMMIT]</c>.
/// <para>
/// Packs the Briefings package once into a local feed (<see cref="PackageFeed"/>), then for each size N: a desk's story
/// project on that package with N synthetic facts (<see cref="StoryProject"/>), its builds timed under each SDK setting
/// against a <c>dotnet new console</c> app in the same run; the generated C# and briefings' size; our watch loop
/// (<see cref="WatchMeasurement"/>); with <c>--hugo</c>, Hugo on the same facts (<see cref="HugoMeasurement"/>). Then this
/// repository's root build against the console app under each setting (<see cref="RootBuildMeasurement"/>). Writes the
/// goals table, the curve and every single timing as Markdown and JSON (<see cref="ResultsWriter"/>).
/// </para>
/// </summary>
internal static class ScaleCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        ScaleOptions options;
        try
        {
            options = ScaleOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(ScaleOptions.Usage);
            return 2;
        }

        if (Directory.Exists(options.Work) && Directory.EnumerateFileSystemEntries(options.Work).Any())
        {
            Console.Error.WriteLine($"The work folder {options.Work} is not empty; give an empty or new folder.");
            return 2;
        }

        var hugo = options.Hugo ? HugoMeasurement.Version() : null;
        if (options.Hugo && hugo is null)
        {
            Console.Error.WriteLine("--hugo: `hugo` is not installed; run tests/Briefings.Benchmarks/scripts/install-hugo.sh first.");
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        ProcessTree.BecomeSubreaper();
        var run = new ScaleRun();
        var total = Stopwatch.StartNew();
        var status = 0;
        try
        {
            Measure(options, run, hugo);
        }
        catch (ScaleRunException ex)
        {
            run.Failure = ex.Message;
            Console.WriteLine();
            Console.WriteLine(ex.Message);
            Console.WriteLine("Last lines of its output:");
            Console.WriteLine(string.Join('\n', ex.Output.Split('\n').TakeLast(60)));
            status = 1;
        }
        finally
        {
            if (options.Settings.Any(s => s.LeavesServers))
            {
                ProcessRunner.Run("dotnet", options.Work, SdkSettings.Stock.With(), "build-server", "shutdown");
            }
        }

        run.Machine.LoadAtEnd = LoadAverage();
        run.Machine.Minutes = total.Elapsed.TotalMinutes;
        var written = ResultsWriter.Write(run, options.Results, DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture));
        Console.WriteLine();
        Console.WriteLine(ResultsWriter.Markdown(run));
        Console.WriteLine($"Written: {written} and its .json beside it.");
        Cleanup(options);
        return status;
    }

    private static void Measure(ScaleOptions options, ScaleRun run, string? hugo)
    {
        var repository = FindRepository();
        Describe(run.Machine, repository, options, hugo);
        var feed = PackageFeed.Pack(repository, options);
        var packages = Path.Combine(options.Work, "packages");
        Directory.CreateDirectory(packages);
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = packages };
        feed.WriteNuGetConfig(options.Work);

        var console = BuildProject.NewConsole(Path.Combine(options.Work, "console"), "Plain", variables);
        console.Restore();
        foreach (var size in options.Sizes)
        {
            Console.WriteLine();
            Console.WriteLine(Invariant($"## N = {size} (load average {LoadAverage()})"));
            var story = StoryProject.Create(Path.Combine(options.Work, Invariant($"n{size}")), size, feed.Version, variables);
            run.Sizes.Add(story.Size);
            foreach (var settings in options.Settings)
            {
                story.Size.Builds[settings.Name] = story.MeasureBuilds(settings, console, options, LoadAverage());
                if (settings.LeavesServers)
                {
                    BuildServers.Shutdown(story.Directory);

                    // Ours, not the SDK's: `build-server shutdown` leaves the warm render server running (3.5 GiB at 100,000 facts).
                    story.Project.Build("stop the render server", settings, "-t:BriefingsStopRenderServer");
                }

                Console.WriteLine(Invariant($"N={size} {settings.Name}: cold {string.Join(" / ", story.Size.Builds[settings.Name].Cold.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s, edit {Stats.Median(story.Size.Builds[settings.Name].Edit):F2} s"));
            }

            story.MeasureSizes(SdkSettings.Workplace);
            story.Size.Watch = WatchMeasurement.Measure(story, feed.Tool(packages), variables, options.WatchEdits);
            if (options.Hugo)
            {
                story.Size.Hugo = HugoMeasurement.Measure(Path.Combine(options.Work, Invariant($"n{size}"), "hugo"), size, options, story.Title);
            }
        }

        if (options.RootBuild)
        {
            var root = feed.Export ?? PackageFeed.ExportCommit(repository, options.Work);
            Console.WriteLine();
            Console.WriteLine($"## The root build of the export at {root}");
            RootBuildMeasurement.Restore(root);
            foreach (var settings in options.Settings)
            {
                run.Root.Add(RootBuildMeasurement.Measure(root, settings, console, options.Runs, LoadAverage()));
            }
        }
    }

    private static void Describe(Machine machine, string repository, ScaleOptions options, string? hugo)
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal)) : null;
        var memoryGiB = memory is null ? "?" : Invariant($"{long.Parse(new string(memory.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture) / 1048576.0:F0} GiB");
        machine.Date = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        machine.Commit = ProcessRunner.Run("git", repository, null, "log", "-1", "--format=%h %cs %s", options.PackageFrom is "head" or "worktree" ? "HEAD" : options.PackageFrom).Output.Trim() + (options.PackageFrom == "worktree" ? " (package from the working tree)" : string.Empty);
        machine.Description = Invariant($"{Environment.ProcessorCount} cores ({cpu ?? "?"}), {memoryGiB}, {ProcessRunner.Run("uname", repository, null, "-sr").Output.Trim()}");
        machine.Sdk = ProcessRunner.Run("dotnet", options.Work, SdkSettings.Workplace.With(), "--version").Output.Trim();
        machine.Hugo = hugo;
        machine.LoadAtStart = LoadAverage();
        machine.Command = "dotnet run -c Release --project tests/Briefings.Benchmarks -- scale " + string.Join(' ', Environment.GetCommandLineArgs().Skip(2));
        machine.Memory = ProcessTree.Supported
            ? "the peak of the summed resident memory (VmRSS) of every process below the benchmark, sampled every 50 ms during each build or watch (the benchmark is a child subreaper, so the compiler server and MSBuild nodes of stock builds are counted in each build they serve); per size the highest of its builds"
            : "not measured (no /proc)";
        foreach (var settings in options.Settings)
        {
            machine.Settings[settings.Name] = settings.Description;
        }

        Console.WriteLine("# Scale curve through the real toolchain");
        Console.WriteLine($"{machine.Date}; commit {machine.Commit}");
        Console.WriteLine($"Machine: {machine.Description}, .NET SDK {machine.Sdk}; Hugo: {hugo ?? "not run"}; load average {machine.LoadAtStart}");
        Console.WriteLine(Invariant($"Sizes {string.Join(",", options.Sizes)}; settings {string.Join(",", options.Settings.Select(s => s.Name))}; {options.ColdRuns} cold, {options.Runs} no-op and {options.Runs} edit runs, {options.WatchEdits} watch edits per size; work folder {options.Work}"));
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Reports.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    private static void Cleanup(ScaleOptions options)
    {
        if (options.Keep)
        {
            Console.WriteLine("Kept the work folder: " + options.Work);
            return;
        }

        try
        {
            Directory.Delete(options.Work, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"Could not delete the work folder {options.Work}: {ex.Message}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
