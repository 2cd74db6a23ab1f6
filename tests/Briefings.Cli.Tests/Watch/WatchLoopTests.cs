using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>The live edit loop over the shipped story: one file read per edit, nothing lost when broken, located errors.</summary>
public class WatchLoopTests
{
    private const string Nvidia = "seeds/market-moves/2025-01-27.yaml";

    [Fact]
    public void Start_reads_every_fact_file_and_writes_every_briefing()
    {
        using var story = new WatchedStory();
        Assert.Empty(story.First.Errors);
        Assert.Equal(Directory.EnumerateFiles(story.Facts, "*.yaml", SearchOption.AllDirectories).Count(f => !f.EndsWith("schema.yaml", StringComparison.Ordinal)), story.First.FactFilesRead);
        Assert.Equal(9, story.First.FilesRendered); // four briefings, two timelines, the model, and the feeds of the shipped version
        Assert.Contains("fell 16.86%", story.Briefing("deepseek-shock.en.html"), StringComparison.Ordinal);
        Assert.Contains("<id>tag:deepseek-shock,2025-01-01:zh-Hant/2025-01</id>", story.Briefing("deepseek-shock.zh-Hant.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_fact_is_read_alone_and_only_changed_briefings_are_rewritten()
    {
        using var story = new WatchedStory();
        var before = File.GetLastWriteTimeUtc(Path.Combine(story.Output, "deepseek-shock.model.json"));
        story.Edit(Nvidia, "change: -16.86%", "change: -16.87%");

        var cycle = story.Next(c => c.FilesWritten > 0);
        Assert.Empty(cycle.Errors);
        Assert.Equal(1, cycle.FactFilesRead);
        Assert.InRange(cycle.FilesWritten, 1, cycle.FilesRendered);
        Assert.Contains("fell 16.87%", story.Briefing("deepseek-shock.en.html"), StringComparison.Ordinal);
        Assert.Contains("下跌16.87%", story.Briefing("deepseek-shock.zh-Hant.md"), StringComparison.Ordinal);

        // A template-only edit re-reads no fact file.
        story.Edit("templates/strings.json", "\"contents\": \"", "\"contents\": \"Live: ");
        var templateCycle = story.Next(c => c.FilesWritten > 0);
        Assert.Equal(0, templateCycle.FactFilesRead);
        Assert.Contains("Live: ", story.Briefing("deepseek-shock.en.html"), StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(story.Output, "deepseek-shock.model.json")) >= before);
    }

    [Fact]
    public void An_edit_re_renders_only_the_outputs_that_read_the_changed_fact_and_they_match_a_full_render()
    {
        // The package's templates at 5 facts a page: an index per language and format, and many pages per kind.
        using var story = new WatchedStory(templates: Briefings.Testing.RepositoryPaths.Templates, pageSize: 5);
        Assert.True(story.First.FilesRendered > 50, "pages: " + story.First.FilesRendered);
        Assert.Equal(0, story.First.Reused);

        var edits = new (string File, string From, string To)[]
        {
            (Nvidia, "change: -16.86%", "change: -16.87%"),
            (Nvidia, "Nvidia plunged 16.86%", "Nvidia plunged 16.87%"),
            ("seeds/figures.yaml", "money: 5500000 USD", "money: 5600000 USD"),
            (Nvidia, "organisation: nvidia", "organisation: broadcom"), // a reference now leads elsewhere
            ("seeds/organisations/deepseek.yaml", "en: Hangzhou", "en: Hangzhou, Zhejiang"), // a fact others refer to
        };
        foreach (var (file, from, to) in edits)
        {
            story.Edit(file, from, to);
            var cycle = story.Next(c => c.FilesWritten > 0 || c.Errors.Count > 0);
            Assert.Empty(cycle.Errors);
            // A fact read by few outputs re-renders few; DeepSeek, which most facts refer to, re-renders about half.
            Assert.True(cycle.Reused > cycle.FilesRendered / 3, $"only {cycle.Reused} of {cycle.FilesRendered} outputs were reused after editing {file}");
        }

        // A new fact changes which facts exist (pages move): everything is rendered again.
        var deepseek = File.ReadAllText(Path.Combine(story.Facts, "organisations", "deepseek.yaml"));
        story.Write("seeds/organisations/deepseek-twin.yaml", deepseek.Replace("id: deepseek\n", "id: deepseek-twin\n", StringComparison.Ordinal));
        var added = story.Next(c => c.FilesWritten > 0 || c.Errors.Count > 0);
        Assert.Empty(added.Errors);
        Assert.Equal(0, added.Reused);

        // Verification rendered everything after each partial render and found no difference.
        Assert.DoesNotContain("differs from a full render", story.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_timings_each_cycle_says_where_its_time_went_and_without_them_says_nothing_more()
    {
        using var story = new WatchedStory(timings: true);
        story.Edit(Nvidia, "change: -16.86%", "change: -16.87%");
        var cycle = story.Next(c => c.FilesWritten > 0 || c.Errors.Count > 0);
        Assert.Empty(cycle.Errors);
        const string Time = "[0-9]+\\.[0-9] ms";
        Assert.Matches($"^facts {Time}, json-schemas {Time}, swap {Time}, render {Time} \\(prepare {Time}, model-json {Time}, plan {Time}, outputs {Time}\\), verify {Time}, write {Time}$", cycle.Timings);
        Assert.Contains("\n  " + cycle.Timings + "\n", story.Log.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);

        using var quiet = new WatchedStory();
        quiet.Edit(Nvidia, "change: -16.86%", "change: -16.87%");
        Assert.Null(quiet.Next(c => c.FilesWritten > 0 || c.Errors.Count > 0).Timings);
        Assert.DoesNotContain("outputs ", quiet.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_facts_leave_the_briefings_as_they_were_and_are_reported_at_their_place()
    {
        using var story = new WatchedStory();
        var good = story.Briefing("deepseek-shock.en.html");
        story.Edit(Nvidia, "change: -16.86%", "change: -16.8x%");

        var broken = story.Next(c => c.Errors.Count > 0);
        Assert.Contains(broken.Errors, e => e.StartsWith("seeds/market-moves/2025-01-27.yaml(12,13): error BRF015: '-16.8x%' is not a valid percent", StringComparison.Ordinal));
        Assert.Equal(good, story.Briefing("deepseek-shock.en.html"));
        Assert.Equal(broken.Errors, story.Watcher.State.Errors);

        story.Edit(Nvidia, "change: -16.8x%", "change: -16.86%");
        var fixedCycle = story.Next(c => c.Errors.Count == 0);
        Assert.True(fixedCycle.Version > story.First.Version);
        Assert.Empty(story.Watcher.State.Errors);
        Assert.Equal(good, story.Briefing("deepseek-shock.en.html"));
    }

    [Fact]
    public void A_deleted_fact_file_breaks_the_references_to_it_and_a_new_one_is_read()
    {
        using var story = new WatchedStory();
        var organisation = Directory.EnumerateFiles(Path.Combine(story.Facts, "organisations")).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(organisation);
        File.Delete(organisation);
        var broken = story.Next(c => c.Errors.Count > 0);
        Assert.Contains(broken.Errors, e => e.Contains("error BRF017", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(story.Facts, "organisations", "moved-here.yaml"), text);
        var back = story.Next(c => c.Errors.Count == 0);
        Assert.Equal(1, back.FactFilesRead);
    }

    [Fact]
    public void A_schema_change_asks_for_a_rebuild_and_a_broken_template_names_its_line()
    {
        using var story = new WatchedStory();
        var schema = File.ReadAllText(Path.Combine(story.Facts, "schema.yaml"));
        story.Write("seeds/schema.yaml", schema.Replace("\n  event:\n", "\n  event:\n", StringComparison.Ordinal) + "\n");
        var comment = story.Next(_ => true, 10);
        Assert.Empty(comment.Errors); // a blank line changes no model

        var withField = System.Text.RegularExpressions.Regex.Replace(schema, @"(\n  person:\n(    .*\n)*?    fields:\n)", "$1      nickname: text\n");
        Assert.NotEqual(schema, withField);
        story.Write("seeds/schema.yaml", withField);
        var changed = story.Next(c => c.Errors.Count > 0);
        Assert.Contains(changed.Errors, e => e.Contains("Run `dotnet build`", StringComparison.Ordinal));

        story.Write("seeds/schema.yaml", schema);
        story.Next(c => c.Errors.Count == 0);

        story.Edit("templates/briefing.html.sbn", "<body", "{{ for }}<body");
        var template = story.Next(c => c.Errors.Count > 0);
        Assert.Contains(template.Errors, e => e.StartsWith("templates/briefing.html.sbn(", StringComparison.Ordinal) && e.Contains("error BRF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_server_serves_the_briefings_folder_to_loopback_only_with_the_live_script()
    {
        using var story = new WatchedStory(serve: true);
        using var client = new HttpClient { BaseAddress = story.Watcher.Address };

        var page = await client.GetStringAsync(new Uri("deepseek-shock.en.html", UriKind.Relative));
        Assert.Contains("<script data-briefings-live>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-briefings-live", story.Briefing("deepseek-shock.en.html"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("%2e%2e/seeds/schema.yaml", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("..%2fseeds%2fschema.yaml", UriKind.Relative))).StatusCode);

        using var foreign = new HttpRequestMessage(HttpMethod.Get, new Uri("deepseek-shock.en.html", UriKind.Relative));
        foreign.Headers.Host = "evil.example";
        var refused = await client.SendAsync(foreign);
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, "A page for another host name (DNS rebinding): " + refused.StatusCode);
        Assert.DoesNotContain("data-briefings-live", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var status = await client.GetStringAsync(new Uri("__briefings/status", UriKind.Relative));
        Assert.Equal("{\"version\":1,\"errors\":[]}", status);
    }
}
