using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Runtime;
using Briefings.Story;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// Where an editorial note records a dispute (its <c>role: disputes</c> field lists facts that disagree), each of those
/// facts is shown marked as disputed, with the others' values and their citations: both values and their sources, in
/// both languages and both formats. The shipped story records no dispute, so this adds one to its model.
/// </summary>
public class DisputedValueTests
{
    [Fact]
    public void Each_disputed_fact_shows_the_other_value_with_its_sources_in_both_languages_and_formats()
    {
        var files = RenderHelper.Succeeded(BriefingRenderer.Render(new RenderRequest
        {
            Model = StoryWithDispute(),
            TemplatesDirectory = Briefings.Testing.RepositoryPaths.Templates,
            Slug = "deepseek-shock",
        }));

        foreach (var (lang, word, nvidia, broadcom) in new[] { ("en", "Disputed", "fell 16.86%", "fell more than 17%"), ("zh-Hant", "有爭議", "下跌16.86%", "下跌逾17%") })
        {
            var html = files[$"deepseek-shock.{lang}.html"];
            var marks = Regex.Matches(html, "<span class=\"disputed\"><strong>([^<]+)</strong>[^<]*<a href=\"#([a-z0-9-]+)\">([^<]+)</a><span class=\"cites\"><sup class=\"cite\"><a href=\"#cite-[0-9]+\"");
            Assert.Equal(2, marks.Count);
            Assert.All(marks, m => Assert.Equal(word, m.Groups[1].Value));
            Assert.Contains(marks, m => m.Groups[2].Value == "market-move-broadcom-2025-01-27" && m.Groups[3].Value == broadcom);
            Assert.Contains(marks, m => m.Groups[2].Value == "market-move-nvidia-2025-01-27" && m.Groups[3].Value == nvidia);
            Assert.Matches("<tr id=\"market-move-nvidia-2025-01-27\">[^\n]*class=\"disputed\"", html);

            var markdown = files[$"deepseek-shock.{lang}.md"];
            Assert.Equal(2, Regex.Count(markdown, $@" \*{word}\*[:：] ?(?:{Regex.Escape(nvidia)}|{Regex.Escape(broadcom)})\[\^[0-9]+\]"));
        }
    }

    [Fact]
    public void The_shipped_story_records_no_dispute_and_marks_nothing()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());

        Assert.DoesNotContain("class=\"disputed\"", files["deepseek-shock.en.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("*Disputed*", files["deepseek-shock.en.md"], StringComparison.Ordinal);
    }

    /// <summary>The shipped model plus one editorial note that records the Nvidia and Broadcom moves as disputing each other.</summary>
    private static HandWrittenModel StoryWithDispute()
    {
        var story = new FactsModel();
        var template = Facts.EditorialNotes.All[0];
        var note = template with
        {
            Id = "zz-disputed-move",
            Defect = EditorialNoteDefect.DisputedValue,
            AffectsSources = [],
            AffectsOrganisations = [],
            AffectsPeople = [],
            AffectsProducts = [],
            AffectsEvents = [],
            AffectsMarketMoves = [],
            AffectsFigures = [],
            AffectsQuotes = [],
            AffectsClaims = [],
            DisputesMarketMoves = [new Ref<MarketMove>("nvidia-2025-01-27"), new Ref<MarketMove>("broadcom-2025-01-27")],
        };
        return new HandWrittenModel(story.Languages, story.Kinds.Select(k => k.Descriptor.Name == "editorial-note" ? new WithFact(k, note) : k).ToArray());
    }

    private sealed class WithFact(IFactKind inner, IFact extra) : IFactKind
    {
        public RecordDescriptor Descriptor => inner.Descriptor;

        public IReadOnlyList<IFact> Facts { get; } = inner.Facts.Append(extra).OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();

        public IFact? Find(string id) => id == extra.Id ? extra : inner.Find(id);
    }
}
