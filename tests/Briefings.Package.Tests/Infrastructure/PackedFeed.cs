using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests.Infrastructure;

/// <summary>
/// Packs the packages once per test run into a temporary local folder feed, with `dotnet pack --no-build` as a
/// release would (the test project's references built them first). Every consumer restores from this feed alone,
/// into its own empty NUGET_PACKAGES folder, so a stale cached copy of the package can never be used.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private readonly TempFolder root = new("briefings-feed");

    public PackedFeed()
    {
        Feed = Path.Combine(root.Path, "feed");
        Directory.CreateDirectory(Feed);
        foreach (var project in PackedProjects)
        {
            var (exitCode, output) = Pack(project, Feed);
            Assert.True(exitCode == 0, output);
        }
    }

    /// <summary>The projects a release packs, relative to the repository root.</summary>
    public static IReadOnlyList<string> PackedProjects { get; } = ["src/Briefings.Package/Briefings.Package.csproj", "src/Briefings.Starter/Briefings.Starter.csproj", "src/Briefings.Snapshots/Briefings.Snapshots.csproj", "src/Briefings.Cli/Briefings.Cli.csproj"];

    public static string Configuration => Metadata("Configuration");

    public static string Version => Metadata("BriefingsPackageVersion");

    public string Feed { get; }

    public string PackagePath => Path.Combine(Feed, $"Briefings.{Version}.nupkg");

    public string TemplatePackagePath => Path.Combine(Feed, $"Briefings.Starter.{Version}.nupkg");

    /// <summary>`dotnet pack --no-build` of one project into a folder; the nuspec goes to a temp folder too.</summary>
    public static (int ExitCode, string Output) Pack(string project, string destination)
    {
        var nuspec = Path.Combine(destination, "..", "nuspec-" + Guid.NewGuid().ToString("N")[..8]);
        return DotnetCli.Run(
            RepositoryPaths.Root,
            "pack",
            Path.Combine(RepositoryPaths.Root, project),
            "--no-build",
            "-nologo",
            "-c",
            Configuration,
            "-o",
            destination,
            "-p:NuspecOutputPath=" + nuspec + "/");
    }

    /// <summary>
    /// A NuGet.config that restores the Briefings packages from the local feed alone (package source mapping), and
    /// every other package (xunit, the test SDK) from this machine's package folder, and an empty package folder for it.
    /// </summary>
    public IReadOnlyDictionary<string, string> UseFeedIn(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="briefings-local" value="{Feed}" />
                <add key="machine-packages" value="{MachinePackages}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="briefings-local"><package pattern="Briefings" /><package pattern="Briefings.*" /></packageSource>
                <packageSource key="machine-packages"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        var packages = Path.Combine(folder, ".packages");
        Directory.CreateDirectory(packages);
        return new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
    }

    /// <summary>The package folder this repository's own restore filled (it holds every third-party package a starter uses).</summary>
    private static string MachinePackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public void Dispose() => root.Dispose();

    private static string Metadata(string key) =>
        typeof(PackedFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

[CollectionDefinition(Name)]
public sealed class PackedFeedGroup : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
