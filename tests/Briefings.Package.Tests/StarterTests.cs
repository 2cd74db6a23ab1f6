using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Package.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>
/// The `dotnet new` starter, installed from the locally packed template package into a temporary template hive:
/// the project it creates restores Briefings from the local feed and renders a briefing on its first build.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public class StarterTests(PackedFeed feed)
{
    [Fact]
    public void Dotnet_new_briefings_story_then_dotnet_build_renders_a_briefing_on_the_first_try()
    {
        using var temp = new TempFolder("briefings-starter");
        var starter = Starter.Create(feed, temp.Path, "Harbour.Watch");
        var environment = starter.Environment;
        var project = starter.Story;

        // What it creates: a solution with the story project (named after -n) and its test project, and a README.
        Assert.True(File.Exists(Path.Combine(starter.Folder, "Harbour.Watch.slnx")), starter.CreateOutput);
        Assert.True(File.Exists(Path.Combine(project, "Harbour.Watch.csproj")), starter.CreateOutput);
        Assert.True(File.Exists(Path.Combine(starter.Tests, "Harbour.Watch.Tests.csproj")), starter.CreateOutput);
        Assert.Contains($"<PackageReference Include=\"Briefings\" Version=\"{PackedFeed.Version}\" />", File.ReadAllText(Path.Combine(project, "Harbour.Watch.csproj")), StringComparison.Ordinal);
        Assert.StartsWith("# Harbour.Watch\n", File.ReadAllText(Path.Combine(starter.Folder, "README.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "facts", "schema.yaml")));
        var facts = Directory.GetFiles(Path.Combine(project, "facts"), "*.yaml").Where(f => !f.EndsWith("schema.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, facts.Sum(f => Regex.Count(File.ReadAllText(f), "^id: ", RegexOptions.Multiline)));

        var build = DotnetCli.Run(starter.Folder, environment, "build", "-nologo", "-clp:NoSummary");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(new Regex(@"(warning|error) (CS|BRF|NU|MSB)\d+"), build.Output);
        var html = Path.Combine(project, "briefings", "harbour-watch.en.html");
        Assert.Contains("Briefing written: " + html, build.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(html);
        Assert.Contains("<strong>The announcement</strong>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#person-jane-doe\">Jane Doe</a>", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "briefings", "harbour-watch.en.md")));

        // Each example fact names its kind's JSON Schema on its first line, and the build wrote that schema.
        foreach (var fact in facts)
        {
            var first = File.ReadLines(fact).First();
            Assert.StartsWith("# yaml-language-server: $schema=", first, StringComparison.Ordinal);
            var schema = Path.Combine(Path.GetDirectoryName(fact)!, first["# yaml-language-server: $schema=".Length..]);
            Assert.True(File.Exists(schema), $"{fact}: {schema} was not written by the build");
        }

        Assert.True(File.Exists(Path.Combine(project, "facts", ".schema", "fact.schema.json")));
        Assert.True(File.Exists(Path.Combine(starter.Folder, ".vscode", "settings.json")));

        // A build with nothing to render still says where the briefings are.
        var again = DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.DoesNotContain("Briefing written:", again.Output, StringComparison.Ordinal);
        Assert.Contains("Briefing up to date: " + html, again.Output, StringComparison.Ordinal);

        // A second language with no translations yet: BRF022 warnings, which the starter keeps as warnings, and the
        // French briefing shows the English text meanwhile.
        var schemaFile = Path.Combine(project, "facts", "schema.yaml");
        File.WriteAllText(schemaFile, File.ReadAllText(schemaFile).Replace("languages: [en]", "languages: [en, fr]", StringComparison.Ordinal));
        var french = DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary");
        Assert.True(french.ExitCode == 0, french.Output);
        Assert.Matches(new Regex(@"facts/events\.yaml\(\d+,\d+\): warning BRF022: "), french.Output);
        Assert.DoesNotMatch(new Regex(@"error [A-Z]+\d+"), french.Output);
        Assert.Contains("The announcement", File.ReadAllText(Path.Combine(project, "briefings", "harbour-watch.fr.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_references_the_version_this_repository_packs()
    {
        var templateJson = Path.Combine(RepositoryPaths.Root, "src", "Briefings.Starter", "content", "briefings-story", ".template.config", "template.json");
        using var document = JsonDocument.Parse(File.ReadAllText(templateJson));
        var version = document.RootElement.GetProperty("symbols").GetProperty("BriefingsVersion").GetProperty("defaultValue").GetString();
        Assert.Equal(PackedFeed.Version, version);
    }
}
