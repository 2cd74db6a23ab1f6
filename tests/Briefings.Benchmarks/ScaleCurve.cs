using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Briefings.Benchmarks.Synthetic;

namespace Briefings.Benchmarks;

/// <summary>
/// The scale curve through the real toolchain: <c>scale [--sizes 100,1000,10000] [--runs 3] [--cold-runs 1] [--work DIR]
/// [--keep] [--package-from head|worktree]</c>.
/// <para>
/// Packs the Briefings package once into a local feed under the work folder (from <c>git archive HEAD</c> by default, so
/// the repository's own bin/ and obj/ are never touched and the numbers belong to one commit), then for each size N
/// writes the synthetic fact base into <c>facts/</c> of a <c>dotnet new console</c> project that adds only
/// <c>&lt;PackageReference Include="Briefings" /&gt;</c>, restores it once (outside the timings; a NuGet.config with the
/// local feed alone and a NUGET_PACKAGES folder under the work folder) and times <c>dotnet build --no-restore</c>:
/// cold (bin/, briefings/, facts/.schema/ and everything in obj/ except the restore's outputs deleted), no-op, and
/// after editing one fact. A plain <c>dotnet new console</c> app is timed the same way, interleaved, as the baseline.
/// </para>
/// </summary>
internal static class ScaleCurve
{
    private const string ConsumerName = "Story";
    private const string ConsoleName = "Plain";

    // The files `dotnet restore` writes into obj/: a cold build keeps them, so it can run with --no-restore.
    private static readonly string[] RestoreOutputs = ["project.assets.json", "project.nuget.cache", ".csproj.nuget.dgspec.json", ".csproj.nuget.g.props", ".csproj.nuget.g.targets"];

    private static readonly Dictionary<string, string> BuildEnvironment = new(StringComparer.Ordinal)
    {
        ["UseSharedCompilation"] = "false",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    public static int Run(IReadOnlyList<string> args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine("usage: scale [--sizes 100,1000,10000] [--runs 3] [--cold-runs 1] [--work DIR] [--keep] [--package-from head|worktree]");
            return 2;
        }

        if (Directory.Exists(options.Work) && Directory.EnumerateFileSystemEntries(options.Work).Any())
        {
            Console.Error.WriteLine(I($"The work folder {options.Work} is not empty; give an empty or new folder."));
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        var repository = FindRepository();
        var results = new List<SizeResult>();
        var loadAtStart = LoadAverage();
        var total = Stopwatch.StartNew();
        try
        {
            PrintMachine(repository, options, loadAtStart);
            var feed = Pack(repository, options);
            var version = PackageVersion(feed);
            var packages = Path.Combine(options.Work, "packages");
            Directory.CreateDirectory(packages);
            var environment = new Dictionary<string, string>(BuildEnvironment, StringComparer.Ordinal) { ["NUGET_PACKAGES"] = packages };
            File.WriteAllText(Path.Combine(options.Work, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="briefings-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            var console = new BuildProject(NewConsole(Path.Combine(options.Work, "console"), ConsoleName, environment), environment);
            console.Restore();
            foreach (var size in options.Sizes)
            {
                var result = MeasureSize(options, size, version, environment, console);
                results.Add(result);
                PrintSize(result);
            }
        }
        catch (BuildFailedException ex)
        {
            Console.WriteLine();
            Console.WriteLine(ex.Message);
            Console.WriteLine("Last lines of its output:");
            Console.WriteLine(Tail(ex.Output, 60));
            PrintTable(results, loadAtStart, LoadAverage(), total.Elapsed);
            Cleanup(options);
            return 1;
        }

        PrintTable(results, loadAtStart, LoadAverage(), total.Elapsed);
        Cleanup(options);
        return 0;
    }

    private static SizeResult MeasureSize(Options options, int size, string version, Dictionary<string, string> environment, BuildProject console)
    {
        var folder = Path.Combine(options.Work, I($"n{size}"));
        var load = LoadAverage();
        Console.WriteLine();
        Console.WriteLine(I($"## N = {size} (load average {load})"));
        var projectDirectory = NewConsole(folder, ConsumerName, environment);
        var projectFile = Path.Combine(projectDirectory, ConsumerName + ".csproj");
        var projectText = File.ReadAllText(projectFile);
        var reference = I($"""
              <ItemGroup>
                <PackageReference Include="Briefings" Version="{version}" />
              </ItemGroup>

            </Project>
            """);
        File.WriteAllText(projectFile, projectText.Replace("</Project>", reference, StringComparison.Ordinal));

        var facts = Path.Combine(projectDirectory, "facts");
        var written = SyntheticFactBase.Write(facts, size);
        var factBytes = written.Sum(f => new FileInfo(f).Length);
        var factFile = Directory.EnumerateFiles(facts, "event-000000.yaml", SearchOption.AllDirectories).Single();
        var factText = File.ReadAllText(factFile);
        const string TitleLine = "title:\n  en: \"";
        if (!factText.Contains(TitleLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The synthetic event has no English title to edit: " + factFile);
        }

        Console.WriteLine(I($"{written.Count} fact files ({factBytes / 1048576.0:F1} MiB) in {facts}; edited fact: {Path.GetRelativePath(projectDirectory, factFile)}"));
        var consumer = new BuildProject(projectDirectory, environment);
        consumer.Restore();
        var briefings = Path.Combine(projectDirectory, "briefings");

        var result = new SizeResult(size, written.Count, factBytes, load);
        for (var run = 0; run < options.ColdRuns; run++)
        {
            var cold = consumer.Cold($"N={size} cold");
            result.Cold.Add(cold.Seconds);
            result.ColdRenderMilliseconds.Add(cold.RenderMilliseconds);
            result.ConsoleCold.Add(console.Cold("console cold").Seconds);
            if (!BriefingFiles(briefings).Any())
            {
                throw new BuildFailedException($"N={size} cold: the build succeeded but wrote no briefings into {briefings}.", string.Empty);
            }
        }

        for (var run = 0; run < options.Runs; run++)
        {
            var before = Snapshot(briefings);
            var noOp = consumer.Build($"N={size} no-op {run + 1}");
            result.NoOp.Add(noOp.Seconds);
            var after = Snapshot(briefings);
            if (!before.SequenceEqual(after) || noOp.Output.Contains("Briefing written", StringComparison.Ordinal))
            {
                throw new BuildFailedException($"N={size} no-op {run + 1}: the briefings were rewritten by a build with nothing to do.", noOp.Output);
            }

            result.ConsoleNoOp.Add(console.Build("console no-op").Seconds);
        }

        for (var run = 0; run < options.Runs; run++)
        {
            // One value of one fact: the English title of event-000000, different on every run.
            var marker = I($"edit {run + 1}: ");
            File.WriteAllText(factFile, factText.Replace(TitleLine, TitleLine + marker, StringComparison.Ordinal), new UTF8Encoding(false));
            var before = Snapshot(briefings);
            var edit = consumer.Build($"N={size} edit {run + 1}");
            result.Edit.Add(edit.Seconds);
            result.RenderMilliseconds.Add(edit.RenderMilliseconds);
            var after = Snapshot(briefings);
            var stale = after.Where(f => before.Any(b => b.Name == f.Name && b.Written >= f.Written)).Select(f => f.Name).ToList();
            if (stale.Count > 0 || after.Count == 0)
            {
                throw new BuildFailedException($"N={size} edit {run + 1}: briefings not rewritten after editing a fact: {string.Join(", ", stale)}.", edit.Output);
            }

            if (!BriefingFiles(briefings).Any(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)))
            {
                throw new BuildFailedException($"N={size} edit {run + 1}: no briefing holds the edited title ('{marker}').", edit.Output);
            }

            var program = Path.Combine(console.Directory, "Program.cs");
            File.WriteAllText(program, console.ProgramText.Replace("Hello, World!", I($"Hello, World! {run + 1}"), StringComparison.Ordinal));
            result.ConsoleEdit.Add(console.Build("console edit").Seconds);
        }

        var files = BriefingFiles(briefings).ToList();
        result.BriefingCount = files.Count;
        result.BriefingBytes = files.Sum(f => new FileInfo(f).Length);
        result.LargestBriefing = files.OrderByDescending(f => new FileInfo(f).Length).Select(f => I($"{Path.GetFileName(f)} {new FileInfo(f).Length / 1048576.0:F1} MiB")).FirstOrDefault() ?? "-";
        return result;
    }

    private static IEnumerable<string> BriefingFiles(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
        : [];

    private static List<(string Name, DateTime Written)> Snapshot(string folder) => BriefingFiles(folder).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList();

    /// <summary>Packs src/Briefings.Package into a local feed: from an export of HEAD (default) or from the working tree.</summary>
    private static string Pack(string repository, Options options)
    {
        var feed = Path.Combine(options.Work, "feed");
        Directory.CreateDirectory(feed);
        var source = repository;
        var commit = Run("git", repository, null, "rev-parse", "HEAD").Output.Trim();
        if (options.PackageFrom == "head")
        {
            source = Path.Combine(options.Work, "source");
            Directory.CreateDirectory(source);
            var archive = Path.Combine(options.Work, "source.tar");
            Check(Run("git", repository, null, "archive", "--format=tar", "-o", archive, "HEAD"), "git archive HEAD");
            Check(Run("tar", source, null, "-xf", archive), "tar -xf");
            File.Delete(archive);
            Console.WriteLine(I($"Package source: git archive of HEAD {commit} into {source}"));
        }
        else
        {
            var dirty = Run("git", repository, null, "status", "--porcelain", "--", "src", "generators", "build.props").Output.Trim();
            Console.WriteLine(I($"Package source: the working tree at {repository} (HEAD {commit}; {(dirty.Length == 0 ? "clean" : "uncommitted changes under src/ or generators/")})"));
        }

        var watch = Stopwatch.StartNew();
        // As a release (and the package tests) do: build, then `dotnet pack --no-build` into the feed.
        var project = Path.Combine(source, "src", "Briefings.Package", "Briefings.Package.csproj");
        Check(Run("dotnet", source, BuildEnvironment, "build", project, "-c", "Release", "-nologo"), "dotnet build src/Briefings.Package");
        Check(Run("dotnet", source, BuildEnvironment, "pack", project, "--no-build", "-c", "Release", "-nologo", "-o", feed, "-p:NuspecOutputPath=" + Path.Combine(options.Work, "nuspec") + "/"), "dotnet pack src/Briefings.Package");
        Console.WriteLine(I($"Packed into {feed} in {watch.Elapsed.TotalSeconds:F0} s (not part of any timing)."));
        return feed;
    }

    private static string PackageVersion(string feed)
    {
        var package = Directory.GetFiles(feed, "Briefings.*.nupkg").Select(Path.GetFileNameWithoutExtension).Single(n => Regex.IsMatch(n!, @"^Briefings\.\d"));
        return package!["Briefings.".Length..];
    }

    /// <summary>`dotnet new console` into <paramref name="folder"/>/<paramref name="name"/>; returns the project folder.</summary>
    private static string NewConsole(string folder, string name, Dictionary<string, string> environment)
    {
        var directory = Path.Combine(folder, name);
        Directory.CreateDirectory(folder);
        Check(Run("dotnet", folder, environment, "new", "console", "-n", name, "-o", directory, "--framework", "net10.0", "--no-restore"), "dotnet new console");
        return directory;
    }

    private static void PrintMachine(string repository, Options options, string load)
    {
        var commit = Run("git", repository, null, "log", "-1", "--format=%h %cs %s").Output.Trim();
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal)) : null;
        var memoryGiB = memory is null ? "?" : I($"{long.Parse(Regex.Match(memory, @"\d+").Value, CultureInfo.InvariantCulture) / 1048576.0:F0} GiB");
        Console.WriteLine("# Scale curve through the real toolchain");
        Console.WriteLine(I($"Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; commit {commit}"));
        Console.WriteLine(I($"Machine: {Environment.ProcessorCount} cores ({cpu ?? "?"}), {memoryGiB}, {Run("uname", repository, null, "-sr").Output.Trim()}, .NET SDK {Run("dotnet", options.Work, BuildEnvironment, "--version").Output.Trim()} (this process: runtime {Environment.Version})"));
        Console.WriteLine(I($"Environment of every build: {string.Join(", ", BuildEnvironment.Where(p => p.Key is "UseSharedCompilation" or "MSBUILDDISABLENODEREUSE" or "DOTNET_CLI_USE_MSBUILD_SERVER").Select(p => p.Key + "=" + p.Value))} (as set for this process: UseSharedCompilation={Environment.GetEnvironmentVariable("UseSharedCompilation") ?? "unset"}, MSBUILDDISABLENODEREUSE={Environment.GetEnvironmentVariable("MSBUILDDISABLENODEREUSE") ?? "unset"})"));
        Console.WriteLine(I($"Load average at start: {load}"));
        Console.WriteLine(I($"Sizes {string.Join(",", options.Sizes)}; {options.ColdRuns} cold run(s), {options.Runs} no-op and {options.Runs} edit runs per size; work folder {options.Work}"));
    }

    private static void PrintSize(SizeResult r) =>
        Console.WriteLine(I($"N={r.Size}: cold {Join(r.Cold)} (render {RenderSeconds(r.ColdRenderMilliseconds)} s); no-op {Join(r.NoOp)}; edit {Join(r.Edit)} (render {RenderSeconds(r.RenderMilliseconds)} s); console cold {Join(r.ConsoleCold)}, no-op {Join(r.ConsoleNoOp)}, edit {Join(r.ConsoleEdit)}; briefings {r.BriefingCount} files, {r.BriefingBytes / 1048576.0:F1} MiB (largest {r.LargestBriefing})"));

    private static string RenderSeconds(List<double?> milliseconds) => string.Join(" / ", milliseconds.Select(m => m is null ? "?" : I($"{m / 1000.0:F1}")));

    private static void PrintTable(List<SizeResult> results, string loadAtStart, string loadAtEnd, TimeSpan elapsed)
    {
        Console.WriteLine();
        Console.WriteLine("| N | fact files (MiB) | load at start of N | cold | no-op | edit one fact | of which render | briefings/ | console cold / no-op / edit | no-op vs console | edit vs console |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var noOpRatio = Median(r.NoOp) / Median(r.ConsoleNoOp);
            var editRatio = Median(r.Edit) / Median(r.ConsoleEdit);
            Console.WriteLine(I($"| {r.Size:N0} | {r.FactFiles:N0} ({r.FactBytes / 1048576.0:F1}) | {r.Load.Split(' ')[0]} | {Seconds(r.Cold)} | {Seconds(r.NoOp)} | {Seconds(r.Edit)} | {Seconds(r.RenderMilliseconds.Where(m => m is not null).Select(m => m!.Value / 1000).ToList())} | {r.BriefingCount} files, {r.BriefingBytes / 1048576.0:F1} MiB (largest {r.LargestBriefing}) | {Seconds(r.ConsoleCold)} / {Seconds(r.ConsoleNoOp)} / {Seconds(r.ConsoleEdit)} | {noOpRatio:F1}× | {editRatio:F1}× |"));
        }

        Console.WriteLine();
        Console.WriteLine(I($"Times are medians in seconds of `dotnet build --no-restore` (wall clock; \"of which render\" is the renderer's own time during the edit builds, as it prints it); load average at start {loadAtStart}, at end {loadAtEnd}; whole run {elapsed.TotalMinutes:F1} min."));
    }

    private static string Seconds(List<double> values) => values.Count == 0 ? "-" : I($"{Median(values):F2} s");

    private static string Join(List<double> values) => string.Join(" / ", values.Select(v => I($"{v:F2}")));

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
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

    private static void Cleanup(Options options)
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
            Console.WriteLine(I($"Could not delete the work folder {options.Work}: {ex.Message}"));
        }
    }

    private static void Check(ProcessResult result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new BuildFailedException(I($"{what} failed (exit code {result.ExitCode})."), result.Log);
        }
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static ProcessResult Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new BuildFailedException(I($"{program} {string.Join(' ', arguments)} did not finish in 60 minutes."), string.Empty);
        }

        process.WaitForExit();
        var elapsed = watch.Elapsed;
        Task.WaitAll(stdout, stderr);
        return new ProcessResult(process.ExitCode, stdout.Result + stderr.Result, elapsed, I($"> {program} {string.Join(' ', arguments)}"));
    }

    internal sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed, string CommandLine)
    {
        public string Log => CommandLine + "\n" + Output;
    }

    private sealed record BuildResult(double Seconds, string Output, double? RenderMilliseconds);

    /// <summary>A project built with the real CLI, restored once.</summary>
    private sealed class BuildProject(string directory, IReadOnlyDictionary<string, string> environment)
    {
        public string Directory { get; } = directory;

        public string ProgramText { get; } = File.ReadAllText(Path.Combine(directory, "Program.cs"));

        public void Restore() => Check(Run("dotnet", Directory, environment, "restore", "-nologo"), "dotnet restore " + Directory);

        /// <summary>Deletes every build output but the restore's (bin/, briefings/, facts/.schema/, obj/ except restore files), then builds.</summary>
        public BuildResult Cold(string what)
        {
            foreach (var folder in new[] { "bin", "briefings", Path.Combine("facts", ".schema") })
            {
                var path = Path.Combine(Directory, folder);
                if (System.IO.Directory.Exists(path))
                {
                    System.IO.Directory.Delete(path, recursive: true);
                }
            }

            var obj = Path.Combine(Directory, "obj");
            foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(obj).ToList())
            {
                if (System.IO.Directory.Exists(entry))
                {
                    System.IO.Directory.Delete(entry, recursive: true);
                }
                else if (!RestoreOutputs.Any(r => Path.GetFileName(entry).EndsWith(r, StringComparison.Ordinal)))
                {
                    File.Delete(entry);
                }
            }

            return Build(what);
        }

        public BuildResult Build(string what)
        {
            var result = Run("dotnet", Directory, environment, "build", "--no-restore", "-nologo");
            if (result.ExitCode != 0)
            {
                throw new BuildFailedException(I($"{what}: dotnet build --no-restore failed in {Directory} (exit code {result.ExitCode})."), result.Log);
            }

            var render = Regex.Match(result.Output, @"Rendered \d+ files in (\d+) ms");
            return new BuildResult(result.Elapsed.TotalSeconds, result.Output, render.Success ? double.Parse(render.Groups[1].Value, CultureInfo.InvariantCulture) : null);
        }
    }

    private sealed class SizeResult(int size, int factFiles, long factBytes, string load)
    {
        public int Size { get; } = size;

        public int FactFiles { get; } = factFiles;

        public long FactBytes { get; } = factBytes;

        public string Load { get; } = load;

        public List<double> Cold { get; } = [];

        public List<double> NoOp { get; } = [];

        public List<double> Edit { get; } = [];

        public List<double?> RenderMilliseconds { get; } = [];

        public List<double?> ColdRenderMilliseconds { get; } = [];

        public List<double> ConsoleCold { get; } = [];

        public List<double> ConsoleNoOp { get; } = [];

        public List<double> ConsoleEdit { get; } = [];

        public int BriefingCount { get; set; }

        public long BriefingBytes { get; set; }

        public string LargestBriefing { get; set; } = "-";
    }

    private sealed class BuildFailedException(string message, string output) : Exception(message)
    {
        public string Output { get; } = output;
    }

    private sealed class Options
    {
        public List<int> Sizes { get; private set; } = [100, 1000, 10000];

        public int Runs { get; private set; } = 3;

        public int ColdRuns { get; private set; } = 1;

        public string Work { get; private set; } = Path.Combine(Path.GetTempPath(), "briefings-scale-" + Guid.NewGuid().ToString("N")[..8]);

        public bool Keep { get; private set; }

        public string PackageFrom { get; private set; } = "head";

        public static Options Parse(IReadOnlyList<string> args)
        {
            var options = new Options();
            for (var i = 1; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException("Missing value after " + args[i]);
                switch (args[i])
                {
                    case "--sizes":
                        options.Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
                        break;
                    case "--runs":
                        options.Runs = int.Parse(Value(), CultureInfo.InvariantCulture);
                        break;
                    case "--cold-runs":
                        options.ColdRuns = int.Parse(Value(), CultureInfo.InvariantCulture);
                        break;
                    case "--work":
                        options.Work = Path.GetFullPath(Value());
                        break;
                    case "--keep":
                        options.Keep = true;
                        break;
                    case "--package-from":
                        options.PackageFrom = Value() is "head" or "worktree" ? args[i] : throw new ArgumentException("--package-from takes head or worktree");
                        break;
                    default:
                        throw new ArgumentException("Unknown option " + args[i]);
                }
            }

            if (options.Runs < 1 || options.ColdRuns < 1 || options.Sizes.Count == 0 || options.Sizes.Any(s => s < 1))
            {
                throw new ArgumentException("--runs and --cold-runs must be at least 1, and every size at least 1");
            }

            return options;
        }
    }
}
