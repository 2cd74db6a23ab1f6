using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Benchmarks.Scale.Processes;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// The Briefings package in a local feed under the work folder, packed as a release does (<c>dotnet build</c>, then
/// <c>dotnet pack --no-build</c> of src/Briefings.Package): from a <c>git archive</c> export of HEAD by default (or of a given commit), so the
/// repository's bin/ and obj/ are never touched and the numbers belong to one commit, or from the working tree.
/// </summary>
internal sealed class PackageFeed(string folder, string version, string? export)
{
    public string Folder { get; } = folder;

    public string Version { get; } = version;

    /// <summary>The export of HEAD it was packed from (null when packed from the working tree).</summary>
    public string? Export { get; } = export;

    public static PackageFeed Pack(string repository, ScaleOptions options)
    {
        var feed = Path.Combine(options.Work, "feed");
        Directory.CreateDirectory(feed);
        var source = repository;
        string? export = null;
        var revision = options.PackageFrom is "head" or "worktree" ? "HEAD" : options.PackageFrom;
        var commit = ProcessRunner.Check(ProcessRunner.Run("git", repository, null, "rev-parse", "--verify", revision + "^{commit}"), "git rev-parse " + revision).Output.Trim();
        if (options.PackageFrom != "worktree")
        {
            source = export = ExportCommit(repository, options.Work, commit);
            Console.WriteLine($"Package source: git archive of {revision} {commit} into {source}");
        }
        else
        {
            var dirty = ProcessRunner.Run("git", repository, null, "status", "--porcelain", "--", "src", "generators", "build.props").Output.Trim();
            Console.WriteLine($"Package source: the working tree at {repository} (HEAD {commit}; {(dirty.Length == 0 ? "clean" : "uncommitted changes under src/ or generators/")})");
        }

        var watch = Stopwatch.StartNew();
        var project = Path.Combine(source, "src", "Briefings.Package", "Briefings.Package.csproj");
        var environment = SdkSettings.Workplace.With();
        ProcessRunner.Check(ProcessRunner.Run("dotnet", source, environment, "build", project, "-c", "Release", "-nologo"), "dotnet build src/Briefings.Package");
        ProcessRunner.Check(ProcessRunner.Run("dotnet", source, environment, "pack", project, "--no-build", "-c", "Release", "-nologo", "-o", feed, "-p:NuspecOutputPath=" + Path.Combine(options.Work, "nuspec") + "/"), "dotnet pack src/Briefings.Package");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Packed into {feed} in {watch.Elapsed.TotalSeconds:F0} s (not part of any timing)."));
        var package = Directory.GetFiles(feed, "Briefings.*.nupkg").Select(Path.GetFileNameWithoutExtension).Single(n => Regex.IsMatch(n!, @"^Briefings\.\d"));
        return new PackageFeed(feed, package!["Briefings.".Length..], export);
    }

    /// <summary>`git archive` of <paramref name="commit"/> unpacked into work/source; returns that folder.</summary>
    public static string ExportCommit(string repository, string work, string commit = "HEAD")
    {
        var source = Path.Combine(work, "source");
        if (Directory.Exists(source))
        {
            return source;
        }

        Directory.CreateDirectory(source);
        var archive = Path.Combine(work, "source.tar");
        ProcessRunner.Check(ProcessRunner.Run("git", repository, null, "archive", "--format=tar", "-o", archive, commit), "git archive " + commit);
        ProcessRunner.Check(ProcessRunner.Run("tar", source, null, "-xf", archive), "tar -xf");
        File.Delete(archive);
        return source;
    }

    /// <summary>A NuGet.config with this feed alone, for every project under <paramref name="work"/>.</summary>
    public void WriteNuGetConfig(string work) => File.WriteAllText(Path.Combine(work, "NuGet.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="briefings-local" value="{Folder}" />
          </packageSources>
        </configuration>
        """);

    /// <summary>The package's own briefings tool once restored into <paramref name="packages"/>: what a desk's build runs.</summary>
    public string Tool(string packages)
    {
        var tool = Path.Combine(packages, "briefings", Version.ToLowerInvariant(), "tools", "briefings", "briefings.dll");
        return File.Exists(tool) ? tool : throw new ScaleRunException("The restored package has no tools/briefings/briefings.dll at " + tool, string.Empty);
    }
}
