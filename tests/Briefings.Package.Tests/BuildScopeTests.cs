using System;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>
/// Build speed without losing a check: what a plain <c>dotnet build</c> at the root skips (src/Build/RootBuildScope.targets)
/// and what a story project's compile no longer loads (the package's Briefings.targets). Asked of MSBuild itself
/// (<c>dotnet msbuild -getProperty</c>, <c>-getItem</c>), so each case costs an evaluation, not a build.
/// </summary>
public sealed class BuildScopeTests
{
    private const string SolutionBuild = "-p:SolutionPath=" + "/repo/Reports.sln";

    [Theory]
    [InlineData("tests/Briefings.Story.Tests/Briefings.Story.Tests.csproj")]
    [InlineData("tests/Briefings.Testing/Briefings.Testing.csproj")]
    [InlineData("tests/Briefings.Benchmarks/Briefings.Benchmarks.csproj")]
    [InlineData("src/Briefings.Package/Briefings.Package.csproj")]
    [InlineData("src/Briefings.Starter/Briefings.Starter.csproj")]
    [InlineData("src/Briefings.Snapshots/Briefings.Snapshots.csproj")]
    public void A_plain_root_build_skips_what_only_tests_and_packages_need(string project)
    {
        Assert.Equal("true", SkippedInRootBuild(project, SolutionBuild));
    }

    [Theory]
    [InlineData("src/Briefings.Story/Briefings.Story.csproj")]
    [InlineData("src/Briefings.Cli/Briefings.Cli.csproj")]
    [InlineData("src/Briefings.Rendering/Briefings.Rendering.csproj")]
    [InlineData("generators/Briefings.Generators/Briefings.Generators.csproj")]
    public void A_plain_root_build_still_builds_the_story_and_what_renders_it(string project)
    {
        Assert.Equal("false", SkippedInRootBuild(project, SolutionBuild));
    }

    [Theory]
    [InlineData("-p:VSTestSessionCorrelationId=dotnet-test")] // what `dotnet test` passes to every project it builds
    [InlineData("-p:_IsPacking=true")]                          // `dotnet pack`
    [InlineData("-p:BuildEverything=true")]
    [InlineData("-p:BuildingInsideVisualStudio=true")]
    public void Tests_packs_ides_and_an_explicit_switch_build_everything(string property)
    {
        Assert.Equal("false", SkippedInRootBuild("tests/Briefings.Story.Tests/Briefings.Story.Tests.csproj", SolutionBuild, property));
    }

    [Fact]
    public void A_test_project_built_on_its_own_is_built()
    {
        Assert.Equal("false", SkippedInRootBuild("tests/Briefings.Story.Tests/Briefings.Story.Tests.csproj"));
    }

    [Fact]
    public void A_story_compile_loads_only_the_briefings_generator()
    {
        var analyzers = AnalyzerFileNames();
        Assert.Equal(["Briefings.Facts.dll", "Briefings.Generators.dll", "YamlDotNet.dll"], analyzers);
    }

    [Fact]
    public void A_story_project_with_its_own_code_keeps_the_sdks_analyzers_and_generators()
    {
        var analyzers = AnalyzerFileNames("-p:BriefingsOwnCode=true");
        Assert.Contains("Briefings.Generators.dll", analyzers);
        Assert.Contains("Microsoft.CodeAnalysis.NetAnalyzers.dll", analyzers);
        Assert.Contains("System.Text.RegularExpressions.Generator.dll", analyzers);
        Assert.Contains("Microsoft.Interop.LibraryImportGenerator.dll", analyzers);
    }

    private static string SkippedInRootBuild(string project, params string[] properties)
    {
        var result = DotnetCli.Run(RepositoryPaths.Root, ["msbuild", project, "-getProperty:_SkippedInRootBuild", .. properties]);
        Assert.True(result.ExitCode == 0, result.Output);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
    }

    private static string[] AnalyzerFileNames(params string[] properties)
    {
        // The compile's analyzer list as CoreCompile gets it: after the targeting pack's analyzers are added and ours remove some.
        var result = DotnetCli.Run(RepositoryPaths.Root,
        [
            "msbuild", "src/Briefings.Story/Briefings.Story.csproj", "-t:ResolveProjectReferences;ResolveTargetingPackAssets;BriefingsDropFrameworkGenerators",
            "-getItem:Analyzer", .. properties,
        ]);
        Assert.True(result.ExitCode == 0, result.Output);
        var json = result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..];
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => Path.GetFileName(item.GetProperty("Identity").GetString()!))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
