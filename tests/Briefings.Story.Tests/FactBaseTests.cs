using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Story.Tests;

/// <summary>Guards the shipped fact base: sourced, bilingual, resolvable, complete.</summary>
public class FactBaseTests
{
    /// <summary>The article has 31 paragraphs (line N of the text is paragraph N; the byline is 1).</summary>
    private const int ArticleParagraphs = 31;

    private const string ArticleId = "sbh-deepseek-article";

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Facts.All.Select(f => f.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(kind);
        }

        return data;
    }

    [Fact]
    public void Every_fact_cites_at_least_one_source_within_the_article()
    {
        var problems = new List<string>();
        var checkedFacts = 0;
        foreach (var fact in Facts.All)
        {
            var property = fact.GetType().GetProperty("Sources");
            if (property is null)
            {
                continue;
            }

            checkedFacts++;
            var citations = ((IEnumerable<Citation>)property.GetValue(fact)!).ToList();
            if (citations.Count == 0)
            {
                problems.Add($"{fact.Kind}/{fact.Id} cites no source");
            }

            problems.AddRange(citations
                .Where(c => c.Source.Id == ArticleId && c.Paragraph is < 1 or > ArticleParagraphs)
                .Select(c => $"{fact.Kind}/{fact.Id} cites paragraph {c.Paragraph}, outside 1..{ArticleParagraphs}"));
            if (!citations.Any(c => c.Source.Id == ArticleId))
            {
                problems.Add($"{fact.Kind}/{fact.Id} does not cite the article");
            }
        }

        Assert.Equal(Facts.All.Count, checkedFacts);
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_citation_anywhere_lies_within_the_article_and_names_a_secondary_source_only_as_via()
    {
        var citations = Facts.All.SelectMany(f => FactWalker.Values(f).Where(v => v.Value is Citation).Select(v => (v.Path, Citation: (Citation)v.Value))).ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.InRange(c.Citation.Paragraph, 1, ArticleParagraphs));
        Assert.All(citations, c => Assert.Equal(ArticleId, c.Citation.Source.Id));
        Assert.All(citations.Where(c => c.Citation.Via is not null), c => Assert.NotEqual(ArticleId, c.Citation.Via!.Value.Id));
    }

    [Fact]
    public void Every_secondary_source_is_named_in_some_via()
    {
        var vias = Facts.All.SelectMany(f => FactWalker.Values(f)).Select(v => v.Value).OfType<Citation>()
            .Where(c => c.Via is not null).Select(c => c.Via!.Value.Id).ToHashSet(StringComparer.Ordinal);
        var unused = Facts.Sources.All.Where(s => s.Id != ArticleId && !vias.Contains(s.Id)).Select(s => s.Id).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void Every_localized_text_has_non_empty_english_and_traditional_chinese()
    {
        var texts = Facts.All.SelectMany(FactWalker.LocalizedTexts).ToList();
        var problems = texts
            .SelectMany(t => Facts.Languages
                .Where(language => string.IsNullOrWhiteSpace(t.Text.Get(language)))
                .Select(language => $"{t.Path} lacks '{language}'"))
            .ToList();

        Assert.Equal(new[] { "en", "zh-Hant" }, Facts.Languages);
        Assert.True(texts.Count >= 223, $"Only {texts.Count} localized texts were found (the seeds hold 223): the walker is missing some.");
        Assert.Empty(problems);
    }

    [Fact]
    public void The_walker_finds_texts_inside_lists_and_structs()
    {
        var paths = Facts.All.SelectMany(FactWalker.LocalizedTexts).Select(t => t.Path).ToList();
        Assert.Contains("claim/consensus-compute-still-matters.Evidence[0]", paths);
        Assert.Contains("product/deepseek-v3.Comparisons[0].Area", paths);
    }

    [Fact]
    public void Every_reference_resolves_to_a_fact_of_its_kind()
    {
        var refs = Facts.All.SelectMany(FactWalker.Refs).ToList();
        Assert.True(refs.Count > 200, $"Only {refs.Count} references were found: the walker is missing some.");
        foreach (var (path, reference) in refs)
        {
            var target = FactWalker.Resolve(reference);
            Assert.True(target is not null, $"{path} does not resolve");
            Assert.Equal(reference.GetType().GetGenericArguments()[0], target!.GetType());
            Assert.Equal(reference.ToString(), target.Id);
        }
    }

    [Fact]
    public void A_dangling_reference_is_detected()
    {
        var dangling = new Ref<Organisation>("no-such-organisation");
        Assert.Throws<InvalidOperationException>(() => FactWalker.Resolve(dangling));
    }

    [Theory]
    [InlineData("source", 9)]
    [InlineData("organisation", 16)]
    [InlineData("person", 9)]
    [InlineData("product", 10)]
    [InlineData("event", 13)]
    [InlineData("market-move", 4)]
    [InlineData("figure", 8)]
    [InlineData("quote", 9)]
    [InlineData("claim", 22)]
    [InlineData("editorial-note", 12)]
    [InlineData("publication", 1)]
    public void The_count_of_facts_per_kind_is_exactly_what_was_recorded(string kind, int count)
        => Assert.Equal(count, Facts.All.Count(f => f.Kind == kind));

    [Fact]
    public void Every_kind_has_its_count_recorded()
    {
        Assert.Equal(113, Facts.All.Count);
        Assert.Equal(11, Facts.All.Select(f => f.Kind).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ids_are_unique_within_each_kind(string kind)
    {
        var ids = Facts.All.Where(f => f.Kind == kind).Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
