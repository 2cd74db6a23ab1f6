using System;
using System.IO;
using Briefings.Cli.Projects;
using Briefings.Cli.Tests.Check;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Projects;

/// <summary>
/// watch, check and schema with no paths find the story project in the current folder and take its paths from MSBuild
/// (<c>dotnet msbuild -getProperty</c>): a temp desk project that imports the package's build files, never built.
/// </summary>
public sealed class ProjectDiscoveryTests : IDisposable
{
    private readonly TempFolder temp = new("briefings-desk");

    public ProjectDiscoveryTests()
    {
        // The package's build files as a desk's project gets them, with one property of its own.
        File.WriteAllText(Path.Combine(temp.Path, "Harbour.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <BriefingsOutputDir>$(MSBuildProjectDirectory)/site</BriefingsOutputDir>
              </PropertyGroup>
              <Import Project="{RepositoryPaths.Root}/src/Briefings.Package/build/Briefings.props" />
              <Import Project="{RepositoryPaths.Root}/src/Briefings.Package/build/Briefings.targets" />
            </Project>
            """);
        CheckCommandTests.CopyFolder(Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts"), Path.Combine(temp.Path, "facts"));
    }

    [Fact]
    public void Check_in_a_project_folder_reads_the_projects_facts_and_names_files_from_its_folder()
    {
        var sound = DotnetCli.Run(temp.Path, RepositoryPaths.Tool, "check");
        Assert.True(sound.ExitCode == 0, sound.Output);
        Assert.Contains("Facts are sound: 7 file(s) checked, 0 error(s)", sound.Output, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(temp.Path, "facts", "figures.yaml"), "  - id: Bad Id\n");
        var broken = DotnetCli.Run(temp.Path, RepositoryPaths.Tool, "check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("\nfacts/figures.yaml(", broken.Output, StringComparison.Ordinal);
        Assert.Contains("error BRF020", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_in_a_project_folder_finds_the_model_the_build_would_write_and_asks_for_a_build_first()
    {
        var (exitCode, output) = DotnetCli.Run(temp.Path, RepositoryPaths.Tool, "watch", "--no-serve");

        Assert.Equal(1, exitCode);
        var model = Path.Combine(temp.Path, "bin", "Debug", "net10.0", "Harbour.dll");
        Assert.Contains($"error: the model {model} is not built yet: run `dotnet build` once, then start the watch.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_in_a_project_folder_writes_where_the_build_writes_them()
    {
        var (exitCode, output) = DotnetCli.Run(temp.Path, RepositoryPaths.Tool, "schema");

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(Path.Combine(temp.Path, "facts", ".schema", "fact.schema.json")), output);
    }

    [Fact]
    public void The_project_option_takes_a_folder_or_a_file_and_a_folder_without_one_project_is_an_error()
    {
        var project = Path.Combine(temp.Path, "Harbour.csproj");
        Assert.Equal(project, StoryProject.FindProjectFile(null, temp.Path));
        Assert.Equal(project, StoryProject.FindProjectFile(temp.Path, "/"));
        Assert.Equal(project, StoryProject.FindProjectFile("Harbour.csproj", temp.Path));

        var empty = Directory.CreateDirectory(Path.Combine(temp.Path, "empty")).FullName;
        var none = Assert.Throws<ProjectException>(() => StoryProject.FindProjectFile(null, empty));
        Assert.Equal($"No project file in {empty}: run in a story project's folder, or pass --project <path>.", none.Message);

        File.WriteAllText(Path.Combine(temp.Path, "Other.csproj"), "<Project />");
        var two = Assert.Throws<ProjectException>(() => StoryProject.FindProjectFile(null, temp.Path));
        Assert.Contains("More than one project file", two.Message, StringComparison.Ordinal);
        Assert.Contains("Harbour.csproj, Other.csproj", two.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MSBuilds_answer_gives_full_paths_and_a_project_without_the_package_is_an_error()
    {
        var project = Path.Combine(temp.Path, "Harbour.csproj");
        var story = StoryProject.FromMsBuildJson(project, """
            { "Properties": { "BriefingsFactsRoot": "facts/", "BriefingsTemplatesDir": "/pkg/templates", "BriefingsOutputDir": "site",
              "BriefingsDisplayRoot": "", "TargetPath": "bin/Debug/net10.0/Harbour.dll", "BriefingsJsonSchemaDir": "", "RootNamespace": "Harbour",
              "BriefingsSlug": "", "BriefingsPageSize": "50" } }
            """);
        Assert.Equal(Path.Combine(temp.Path, "facts"), story.FactsRoot);
        Assert.Equal("/pkg/templates", story.TemplatesDirectory);
        Assert.Equal(Path.Combine(temp.Path, "site"), story.OutputDirectory);
        Assert.Equal(temp.Path, story.DisplayRoot);
        Assert.Equal(Path.Combine(temp.Path, "facts", ".schema"), story.JsonSchemaDirectory);
        Assert.Equal(("Harbour", (string?)null, (int?)50), (story.RootNamespace, story.Slug, story.PageSize));
        Assert.True(story.WritesJsonSchemas);
        var noSchemas = StoryProject.FromMsBuildJson(project, """{ "Properties": { "BriefingsFactsRoot": "facts", "TargetPath": "x.dll", "BriefingsJsonSchemas": "False" } }""");
        Assert.False(noSchemas.WritesJsonSchemas); // the watch loop then refreshes no JSON Schemas, as the build writes none

        var plain = Assert.Throws<ProjectException>(() => StoryProject.FromMsBuildJson(project, """{ "Properties": { "TargetPath": "x.dll" } }"""));
        Assert.StartsWith(project + " sets no BriefingsFactsRoot", plain.Message, StringComparison.Ordinal);
        Assert.Throws<ProjectException>(() => StoryProject.FromMsBuildJson(project, "MSB1009: Project file does not exist."));
    }

    public void Dispose() => temp.Dispose();
}
