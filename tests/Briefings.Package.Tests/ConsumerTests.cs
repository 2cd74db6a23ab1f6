using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Package.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>
/// The package as a stranger uses it: a fresh project in a temp folder, with nothing but a PackageReference, its own
/// small story (tests/Briefings.Package.Tests/Story: a schema and twelve facts), restored from the local feed alone.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public class ConsumerTests(PackedFeed feed)
{
    public static string StoryFolder => Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story");

    private static string ProjectText => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Briefings" Version="{PackedFeed.Version}" />
          </ItemGroup>
        </Project>
        """;

    // The typed model is there: the catalog, a kind, a record, a generated enum and a navigable reference.
    private const string UseText = """
        using Harbour.Story;

        namespace Harbour;

        public static class Use
        {
            public static int Count => Facts.All.Count;

            public static string? Reopening => Facts.Events.Find("reopening") is { Status: EventStatus.Planned } e
                ? e.Organisation?.Value.Name["en"]
                : null;
        }
        """;

    [Fact]
    public void A_fresh_project_builds_its_facts_into_briefings_and_a_broken_fact_fails_at_its_place()
    {
        using var temp = new TempFolder("briefings-consumer");
        var environment = feed.UseFeedIn(temp.Path);
        var project = Path.Combine(temp.Path, "Harbour");
        CopyFolder(Path.Combine(StoryFolder, "facts"), Path.Combine(project, "facts"));
        File.WriteAllText(Path.Combine(project, "Harbour.csproj"), ProjectText);
        File.WriteAllText(Path.Combine(project, "Use.cs"), UseText);

        var clean = DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.DoesNotMatch(new Regex(@"(warning|error) (CS|BRF|NU|MSB)\d+"), clean.Output);

        // The package came from the local feed, into this test's own package folder.
        Assert.True(File.Exists(Path.Combine(environment["NUGET_PACKAGES"], "briefings", PackedFeed.Version, "briefings.nuspec")), clean.Output);

        // One HTML and one Markdown briefing per language of the story's schema (en, fr) and the model as JSON; no page
        // files (kind.page.*.sbn): every kind fits on one page, so the briefing shows it inline and links to no page.
        var briefings = Path.Combine(project, "briefings");
        string[] expected = ["harbour.en.html", "harbour.en.md", "harbour.en.timeline.json", "harbour.fr.html", "harbour.fr.md", "harbour.fr.timeline.json", "harbour.model.json"];
        Assert.Equal(expected, Directory.GetFiles(briefings).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (var name in expected)
        {
            Assert.Contains("Briefing written: " + Path.Combine(briefings, name), clean.Output, StringComparison.Ordinal);
        }

        var english = File.ReadAllText(Path.Combine(briefings, "harbour.en.html"));
        Assert.Contains("<strong>The bridge closes for repairs</strong>", english, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#organisation-city-council\">City council</a>", english, StringComparison.Ordinal);
        Assert.Contains("<dd>-12.5%", english, StringComparison.Ordinal);
        var french = File.ReadAllText(Path.Combine(briefings, "harbour.fr.md"));
        Assert.Contains("- **Le pont ferme pour travaux**", french, StringComparison.Ordinal);
        Assert.Contains("### 10 février 2025", french, StringComparison.Ordinal); // the timeline, by day
        Assert.DoesNotContain("date:", french, StringComparison.Ordinal); // labels from the schema, never field names

        // The JSON Schemas for editors, one per kind of the story's schema and one for any fact file.
        var schemas = Path.Combine(project, "facts", ".schema");
        string[] expectedSchemas = ["event.schema.json", "fact.schema.json", "figure.schema.json", "organisation.schema.json", "source.schema.json"];
        Assert.Equal(expectedSchemas, Directory.GetFiles(schemas).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("\"const\": \"figure\"", File.ReadAllText(Path.Combine(schemas, "figure.schema.json")), StringComparison.Ordinal);

        // Break one fact: a misspelt enumeration value, reported at its file, line and column.
        var broken = Path.Combine(project, "facts", "events", "more.yaml");
        var text = File.ReadAllText(broken);
        File.WriteAllText(broken, text.Replace("status: planned", "status: plannd", StringComparison.Ordinal));
        var lines = File.ReadAllLines(broken);
        var line = Array.FindIndex(lines, l => l.Contains("plannd", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("plannd", StringComparison.Ordinal) + 1;

        var failed = DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains($"{broken}({line},{column}): error BRF016: 'plannd' is not an allowed value", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Briefing written", failed.Output, StringComparison.Ordinal);

        // Fixed again, with two facts a page (BriefingsPageSize): the five events come out on three pages, which the briefing lists.
        File.WriteAllText(broken, text);
        var paged = DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary", "-p:BriefingsPageSize=2");
        Assert.True(paged.ExitCode == 0, paged.Output);
        Assert.Contains("Briefing written: " + Path.Combine(briefings, "harbour.fr.events-3.md"), paged.Output, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"harbour.en.events-3.html\">Page 3 of 3</a>", File.ReadAllText(Path.Combine(briefings, "harbour.en.html")), StringComparison.Ordinal);

        // With templates of its own beside the project: the build uses them instead of the package's (and the pages are gone).
        var templates = Path.Combine(project, "templates");
        Directory.CreateDirectory(templates);
        File.Copy(Path.Combine(environment["NUGET_PACKAGES"], "briefings", PackedFeed.Version, "templates", "strings.json"), Path.Combine(templates, "strings.json"));
        File.WriteAllText(Path.Combine(templates, "briefing.md.sbn"), "# {{ ui.briefing }}\n{{ for e in facts.events }}- {{ e.date }}: {{ e.title }}\n{{ end }}");
        var custom = DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary");
        Assert.True(custom.ExitCode == 0, custom.Output);
        Assert.Equal(["harbour.en.md", "harbour.fr.md", "harbour.model.json"], Directory.GetFiles(briefings).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        Assert.StartsWith("# Note de synthèse\n- 10 février 2025: Le pont ferme pour travaux\n", File.ReadAllText(Path.Combine(briefings, "harbour.fr.md")), StringComparison.Ordinal);
    }

    internal static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
