using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Testing;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A consumer project in a temp folder that compiles a copy of the shipped seeds and imports the package's build files
/// (the one render target), with the toolchain copied from build outputs, so a real `dotnet build` of it never builds
/// the repository's shared projects.
/// </summary>
internal sealed class StoryBuildFolder : IDisposable
{
    private readonly TempFolder temp = new();

    public StoryBuildFolder(bool jsonSchemas)
    {
        var root = RepositoryPaths.Root;
        File.WriteAllText(System.IO.Path.Combine(Path, "Sample.csproj"), ProjectText(root, jsonSchemas));
        File.WriteAllText(System.IO.Path.Combine(Path, "StoryInfo.cs"), "namespace Briefings.Story; public static class Anchor { }\n");
        Copy(RepositoryPaths.Seeds, Facts, "*.yaml");
        Copy(RepositoryPaths.Templates, System.IO.Path.Combine(Path, "templates"), "*");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;
        Copy(RepositoryPaths.ToolFolder, System.IO.Path.Combine(Path, "render"), "*");
        var lib = System.IO.Path.Combine(Path, "lib");
        Directory.CreateDirectory(lib);
        foreach (var analyzer in new[] { "Briefings.Generators.dll", "Briefings.Facts.dll" })
        {
            File.Copy(System.IO.Path.Combine(root, "generators", "Briefings.Generators", "bin", configuration, "netstandard2.0", analyzer), System.IO.Path.Combine(lib, analyzer));
        }

        var yamlVersion = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(System.IO.Path.Combine(root, "build.props")), "<YamlDotNetVersion>(.*?)</YamlDotNetVersion>").Groups[1].Value;
        var packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.Copy(System.IO.Path.Combine(packages, "yamldotnet", yamlVersion, "lib", "netstandard2.0", "YamlDotNet.dll"), System.IO.Path.Combine(lib, "YamlDotNet.dll"));
    }

    public string Path => temp.Path;

    public string Facts => System.IO.Path.Combine(Path, "facts");

    public string Briefings => System.IO.Path.Combine(Path, "briefings");

    /// <summary>Where the package's default BriefingsJsonSchemaDir puts the JSON Schemas.</summary>
    public string JsonSchemas => System.IO.Path.Combine(Facts, ".schema");

    /// <summary>A real `dotnet build` of the project, with extra properties (<c>-p:BriefingsPublish=true</c>) if any.</summary>
    public (int ExitCode, string Output) Build(params string[] properties) => DotnetCli.Run(Path, Environment, ["build", "-nologo", "-clp:NoSummary", .. properties]);

    /// <summary>Extra environment variables of every build (a render server's socket folder, say).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Every file of a folder (not below it): name, last write time and text, by name.</summary>
    public static (string Name, DateTime Written, string Content)[] Files(string folder) => Directory
        .EnumerateFiles(folder)
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => (System.IO.Path.GetFileName(f), File.GetLastWriteTimeUtc(f), File.ReadAllText(f)))
        .ToArray();

    public void Dispose() => temp.Dispose();

    private static string ProjectText(string root, bool jsonSchemas) => $"""
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
            <BriefingsJsonSchemas>{(jsonSchemas ? "true" : "false")}</BriefingsJsonSchemas>
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
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
