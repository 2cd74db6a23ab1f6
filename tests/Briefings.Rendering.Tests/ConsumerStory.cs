using System;
using System.IO;
using System.Linq;
using Briefings.Testing;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A consumer project in a folder of its own that compiles the shipped seeds' YAML (not their versions) and imports the
/// package's build files (the one render target), as a desk's project does; for the tests that run the real `dotnet
/// build`. The toolchain is copied from build outputs, so the tests never build shared projects.
/// </summary>
internal static class ConsumerStory
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

    public static void Copy(string from, string to, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Writes the project (slug <c>sample</c>) into <paramref name="folder"/>: facts in facts/, templates, the tool in render/.</summary>
    public static void Create(string folder)
    {
        var root = RepositoryPaths.Root;
        File.WriteAllText(Path.Combine(folder, "Sample.csproj"), ProjectText(root));
        File.WriteAllText(Path.Combine(folder, "StoryInfo.cs"), "namespace Briefings.Story; public static class Anchor { }\n");
        Copy(RepositoryPaths.Seeds, Path.Combine(folder, "facts"), "*.yaml");
        Copy(RepositoryPaths.Templates, Path.Combine(folder, "templates"), "*");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        Copy(RepositoryPaths.ToolFolder, Path.Combine(folder, "render"), "*");
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        foreach (var analyzer in new[] { "Briefings.Generators.dll", "Briefings.Facts.dll" })
        {
            File.Copy(Path.Combine(root, "generators", "Briefings.Generators", "bin", configuration, "netstandard2.0", analyzer), Path.Combine(folder, "lib", analyzer));
        }
        var yamlVersion = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(root, "build.props")), "<YamlDotNetVersion>(.*?)</YamlDotNetVersion>").Groups[1].Value;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.Copy(Path.Combine(packages, "yamldotnet", yamlVersion, "lib", "netstandard2.0", "YamlDotNet.dll"), Path.Combine(folder, "lib", "YamlDotNet.dll"));
    }

    public static (int ExitCode, string Output) Build(string folder, params string[] properties) =>
        DotnetCli.Run(folder, ["build", "-nologo", "-clp:NoSummary", .. properties]);

    /// <summary>Every file of a folder (not below it): name, last write time and text, by name.</summary>
    public static (string Name, DateTime Written, string Content)[] Files(string folder) => Directory
        .EnumerateFiles(folder)
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f), File.ReadAllText(f)))
        .ToArray();
}
