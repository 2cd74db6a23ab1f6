using System;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The real `dotnet build`: a consumer project compiles the shipped seeds and imports the package's build files (the one
/// render target). A second
/// build rewrites nothing; a broken template fails at its line and leaves the briefings intact, and keeps failing
/// (never "up to date"); a clean rebuild gives identical bytes. The toolchain is copied from build outputs, so the
/// test never builds shared projects.
/// </summary>
public class EndToEndBuildTests
{
    private static string ProjectText(string root) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{root}/build.props" />
          <PropertyGroup>
            <TargetFramework>$(AppTargetFramework)</TargetFramework>
            <RootNamespace>Briefings.Story</RootNamespace>
            <BriefingsFactsRoot>$(MSBuildProjectDirectory)/facts</BriefingsFactsRoot>
            <BriefingsTemplatesDir>$(MSBuildProjectDirectory)/templates</BriefingsTemplatesDir>
            <BriefingsOutputDir>$(MSBuildProjectDirectory)/briefings</BriefingsOutputDir>
            <BriefingsDisplayRoot>$(MSBuildProjectDirectory)</BriefingsDisplayRoot>
            <BriefingsToolPath>$(MSBuildProjectDirectory)/render/briefings.dll</BriefingsToolPath>
            <BriefingsSlug>sample</BriefingsSlug>
            <BriefingsJsonSchemas>false</BriefingsJsonSchemas>
          </PropertyGroup>
          <Import Project="{root}/src/Briefings.Package/build/Briefings.props" />
          <ItemGroup>
            <Reference Include="render/Briefings.Runtime.dll" />
            <Analyzer Include="lib/Briefings.Generators.dll;lib/Briefings.Facts.dll;lib/YamlDotNet.dll" />
          </ItemGroup>
          <Import Project="{root}/src/Briefings.Package/build/Briefings.targets" />
        </Project>
        """;

    private static void Copy(string from, string to, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (int ExitCode, string Output) Build(string folder) => DotnetCli.Run(folder, "build", "-nologo", "-clp:NoSummary");

    private static (string Name, DateTime Written, string Content)[] Snapshot(string folder) => Directory
        .EnumerateFiles(folder)
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f), File.ReadAllText(f)))
        .ToArray();

    [Fact]
    public void Dotnet_build_renders_then_skips_keeps_briefings_on_failure_and_rebuilds_identically()
    {
        using var temp = new TempFolder();
        var root = RepositoryPaths.Root;
        File.WriteAllText(Path.Combine(temp.Path, "Sample.csproj"), ProjectText(root));
        File.WriteAllText(Path.Combine(temp.Path, "StoryInfo.cs"), "namespace Briefings.Story; public static class Anchor { }\n");
        Copy(RepositoryPaths.Seeds, Path.Combine(temp.Path, "facts"), "*.yaml");
        Copy(RepositoryPaths.Templates, Path.Combine(temp.Path, "templates"), "*");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        Copy(RepositoryPaths.ToolFolder, Path.Combine(temp.Path, "render"), "*");
        Directory.CreateDirectory(Path.Combine(temp.Path, "lib"));
        foreach (var analyzer in new[] { "Briefings.Generators.dll", "Briefings.Facts.dll" })
        {
            File.Copy(Path.Combine(root, "generators", "Briefings.Generators", "bin", configuration, "netstandard2.0", analyzer), Path.Combine(temp.Path, "lib", analyzer));
        }
        var yamlVersion = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(root, "build.props")), "<YamlDotNetVersion>(.*?)</YamlDotNetVersion>").Groups[1].Value;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.Copy(Path.Combine(packages, "yamldotnet", yamlVersion, "lib", "netstandard2.0", "YamlDotNet.dll"), Path.Combine(temp.Path, "lib", "YamlDotNet.dll"));

        var briefings = Path.Combine(temp.Path, "briefings");
        var first = Build(temp.Path);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Briefing written: " + Path.Combine(briefings, "sample.en.html"), first.Output, StringComparison.Ordinal);
        var rendered = Snapshot(briefings);
        Assert.Equal(
            new[] { "sample.en.html", "sample.en.md", "sample.en.timeline.json", "sample.model.json", "sample.zh-Hant.html", "sample.zh-Hant.md", "sample.zh-Hant.timeline.json" },
            rendered.Select(f => f.Name));

        // Nothing changed: the target is skipped and no file is rewritten.
        var second = Build(temp.Path);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("Briefing written", second.Output, StringComparison.Ordinal);
        Assert.Equal(rendered, Snapshot(briefings));

        // A misspelt member: a located error, the previous briefings intact, no temp files, and a second build fails again.
        var timeline = Path.Combine(temp.Path, "templates", "partials", "html", "present", "timeline.sbn");
        var good = File.ReadAllText(timeline);
        var bad = good.Replace("<li id=\"{{ f.anchor }}\">", "<li id=\"{{ f.titel }}\">", StringComparison.Ordinal);
        Assert.NotEqual(good, bad);
        File.WriteAllText(timeline, bad);
        var lines = bad.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("f.titel", StringComparison.Ordinal));
        var place = $"templates/partials/html/present/timeline.sbn({line + 1},{lines[line].IndexOf("titel", StringComparison.Ordinal) + 1}): error BRF101:";
        foreach (var attempt in new[] { 1, 2 })
        {
            var broken = Build(temp.Path);
            Assert.True(broken.ExitCode != 0, broken.Output);
            Assert.Contains(place, broken.Output, StringComparison.Ordinal);
            Assert.Equal(rendered, Snapshot(briefings));
        }

        // Fixed and rebuilt from clean: the same bytes.
        File.WriteAllText(timeline, good);
        Directory.Delete(briefings, recursive: true);
        Directory.Delete(Path.Combine(temp.Path, "obj"), recursive: true);
        Directory.Delete(Path.Combine(temp.Path, "bin"), recursive: true);
        var clean = Build(temp.Path);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Equal(rendered.Select(f => (f.Name, f.Content)), Snapshot(briefings).Select(f => (f.Name, f.Content)));
    }
}
