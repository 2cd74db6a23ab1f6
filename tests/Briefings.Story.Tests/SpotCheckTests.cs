using System;
using System.Linq;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Story.Tests;

/// <summary>Specific facts of the article, checked value by value.</summary>
public class SpotCheckTests
{
    [Fact]
    public void Nvidia_fell_16_86_percent_on_27_January_2025()
    {
        var move = Facts.MarketMoves.Find("nvidia-2025-01-27")!;
        Assert.NotNull(move);
        Assert.Equal(new Percent(-16.86m), move.Change);
        Assert.Equal(MarketMoveDirection.Down, move.Direction);
        Assert.Equal(new FactDate(2025, 1, 27), move.Date);
        Assert.Equal("NVDA", move.Ticker);
        Assert.Equal("nvidia", move.Organisation!.Value.Id);
        Assert.False(move.Approximate);
        Assert.Contains(move.Sources, c => c.Paragraph == 3);
    }

    [Fact]
    public void All_four_market_moves_are_falls_on_27_January_with_the_printed_bounds()
    {
        Assert.All(Facts.MarketMoves.All, m => Assert.Equal(new FactDate(2025, 1, 27), m.Date));
        Assert.All(Facts.MarketMoves.All, m => Assert.Equal(MarketMoveDirection.Down, m.Direction));
        Assert.All(Facts.MarketMoves.All, m => Assert.True(m.Change.Value < 0));

        var broadcom = Facts.MarketMoves.Find("broadcom-2025-01-27")!;
        Assert.Equal(new Percent(-17m), broadcom.Change);
        Assert.True(broadcom.Approximate);
        Assert.Equal(MarketMoveBound.MoreThan, broadcom.Bound);

        var oracle = Facts.MarketMoves.Find("oracle-2025-01-27")!;
        Assert.Equal(new Percent(-14m), oracle.Change);
        Assert.True(oracle.Approximate);
        Assert.Equal(MarketMoveBound.Nearly, oracle.Bound);

        var nasdaq = Facts.MarketMoves.Find("nasdaq-2025-01-27")!;
        Assert.Equal(new Percent(-3.07m), nasdaq.Change);
        Assert.Equal(MarketMoveSubjectType.Index, nasdaq.SubjectType);
        Assert.False(nasdaq.Approximate);
    }

    [Fact]
    public void Janus_pro_was_released_on_28_January_2025_and_beat_dall_e_3()
    {
        var janus = Facts.Products.Find("janus-pro")!;
        Assert.Equal(new FactDate(2025, 1, 28), janus.Released);
        Assert.Equal(DatePrecision.Day, janus.Released!.Value.Precision);
        var comparison = Assert.Single(janus.Comparisons);
        Assert.Equal("dall-e-3", comparison.Product.Id);
        Assert.Equal(ComparisonOutcome.Surpasses, comparison.Outcome);
    }

    [Fact]
    public void Products_are_compared_with_what_the_article_compares_them_with()
    {
        Assert.Equal(new[] { "openai-o1" }, Facts.Products.Find("deepseek-r1")!.ComparedWith.Select(r => r.Id));
        Assert.Equal(new[] { "claude-3-5", "gpt-4o" }, Facts.Products.Find("deepseek-v3")!.ComparedWith.Select(r => r.Id));
        Assert.Equal(new FactDate(2024, 12), Facts.Products.Find("deepseek-v3")!.Released);
        Assert.All(Facts.Products.All, p => Assert.Equal(p.ComparedWith.Select(r => r.Id), p.Comparisons.Select(c => c.Product.Id)));
    }

    [Fact]
    public void Perplexity_was_founded_in_2022_and_is_valued_at_9_billion_dollars()
    {
        var perplexity = Facts.Organisations.Find("perplexity")!;
        Assert.Equal(new Money(9000000000m, "USD"), perplexity.Valuation);
        Assert.Equal(new FactDate(2022), perplexity.Founded);
        Assert.Equal(DatePrecision.Year, perplexity.Founded!.Value.Precision);
    }

    [Fact]
    public void Deepseek_is_in_hangzhou_and_founded_by_liang_wenfeng()
    {
        var deepseek = Facts.Organisations.Find("deepseek")!;
        Assert.Equal("Hangzhou", deepseek.BasedIn!["en"]);
        Assert.Equal("杭州", deepseek.BasedIn!["zh-Hant"]);
        Assert.Equal("liang-wenfeng", Assert.Single(deepseek.Founders).Id);
        Assert.Equal("梁文鋒", Facts.People.Find("liang-wenfeng")!.Name["zh-Hant"]);
    }

    [Fact]
    public void Figures_carry_their_units_and_currencies()
    {
        Assert.Equal(new Money(5500000m, "USD"), Facts.Figures.Find("v3-r1-training-cost")!.Money);
        Assert.Equal(FigureBound.About, Facts.Figures.Find("v3-r1-training-cost")!.Bound);
        Assert.Equal(new Money(500000000000m, "USD"), Facts.Figures.Find("stargate-investment")!.Money);
        Assert.Equal(10000L, Facts.Figures.Find("deepseek-a100-stockpile")!.Count);
        Assert.Equal(40m, Facts.Figures.Find("nvidia-pe-long-term")!.Amount);
        Assert.Equal(FigureBound.Above, Facts.Figures.Find("nvidia-pe-long-term")!.Bound);
        Assert.Equal(45m, Facts.Figures.Find("nvidia-pe-2025-01-17")!.Amount);
        Assert.Equal(10m, Facts.Figures.Find("catch-up-compute-reduction")!.Amount);
        Assert.Equal(0.1m, Facts.Figures.Find("v3-r1-cost-share-of-rivals")!.Amount);
        Assert.Equal(FigureBound.LessThan, Facts.Figures.Find("v3-r1-cost-share-of-rivals")!.Bound);
    }

    [Fact]
    public void Events_have_dates_at_the_precision_the_article_gives()
    {
        Assert.Equal(new FactDate(2024, 12), Facts.Events.Find("deepseek-v3-release")!.Date);
        Assert.Equal(new FactDate(2024, 7), Facts.Events.Find("liang-media-interview")!.Date);
        Assert.Equal(new FactDate(2025, 1, 26), Facts.Events.Find("closed-door-discussion")!.Date);
        Assert.Equal(new FactDate(2025, 1, 27), Facts.Events.Find("us-chip-stocks-fall")!.Date);
        Assert.Equal(new FactDate(2025, 1, 27), Facts.Events.Find("trump-miami-remarks")!.Date);
        Assert.Equal(new FactDate(2025, 1), Facts.Events.Find("nadella-davos-remarks")!.Date);
        Assert.Equal(new FactDate(2022), Facts.Events.Find("perplexity-founded")!.Date);
    }

    [Fact]
    public void Quotes_the_article_translated_from_english_are_marked_as_such()
    {
        var translated = Facts.Quotes.All.Where(q => q.TranslatedByArticle).Select(q => q.Id).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "nadella-davos", "srinivas-necessity", "trump-wake-up-call" }, translated);
        Assert.All(Facts.Quotes.All.Where(q => q.TranslatedByArticle), q =>
        {
            Assert.Equal(QuoteSpokenIn.En, q.SpokenIn);
            Assert.Contains("Our translation", q.Words["en"], StringComparison.Ordinal);
        });
        var trump = Facts.Quotes.Find("trump-wake-up-call")!;
        Assert.Equal("donald-trump", trump.Speaker.Id);
        Assert.Equal(new FactDate(2025, 1, 27), trump.Date);
        Assert.Equal("Miami, Florida", trump.Place!["en"]);
        Assert.Equal("trump-speech-2025-01-27", trump.Sources.Single().Via!.Value.Id);
    }

    [Fact]
    public void The_three_points_of_consensus_are_numbered_and_give_evidence()
    {
        var consensus = Facts.Claims.All.Where(c => c.ClaimType == ClaimClaimType.Consensus).OrderBy(c => c.Number).ToList();
        Assert.Equal(new long?[] { 1, 2, 3 }, consensus.Select(c => c.Number));
        Assert.All(consensus, c => Assert.NotEmpty(c.Evidence));
        // The number field numbers them; the statements stand alone, and the article's 其一 stays in as-printed.
        Assert.StartsWith("V3和R1的重大突破", consensus[0].Statement["zh-Hant"], StringComparison.Ordinal);
        Assert.StartsWith("其一", consensus[0].AsPrinted!["zh-Hant"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_editorial_note_points_at_a_fact_and_paragraph_23_takes_27_january()
    {
        Assert.All(Facts.EditorialNotes.All, n =>
        {
            var affected = n.AffectsSources.Count + n.AffectsOrganisations.Count + n.AffectsPeople.Count + n.AffectsProducts.Count
                + n.AffectsEvents.Count + n.AffectsMarketMoves.Count + n.AffectsFigures.Count + n.AffectsQuotes.Count + n.AffectsClaims.Count;
            Assert.True(affected > 0, $"{n.Id} points at no fact");
            Assert.InRange(n.Paragraph, 1, 31);
            Assert.Contains(n.Sources, c => c.Paragraph == n.Paragraph);
            Assert.False(string.IsNullOrEmpty(n.Printed));
        });

        var date = Facts.EditorialNotes.Find("p23-date-contradicts-context")!;
        Assert.Equal(EditorialNoteDefect.ContradictoryDate, date.Defect);
        Assert.Equal(EditorialNoteResolution.Corrected, date.Resolution);
        Assert.Equal("2025-01-27", date.Corrected);
        Assert.Contains("1月17日", date.Printed, StringComparison.Ordinal);
        Assert.Contains(date.AffectsEvents, r => r.Value.Date == new FactDate(2025, 1, 27));
    }

    [Fact]
    public void Defects_are_repaired_in_the_texts_and_kept_verbatim_in_the_notes()
    {
        Assert.EndsWith("同樣的解決方案。」", Facts.Quotes.Find("trump-wake-up-call")!.Words["zh-Hant"], StringComparison.Ordinal);
        Assert.EndsWith("中國的AI進步。」", Facts.Quotes.Find("nadella-davos")!.Words["zh-Hant"], StringComparison.Ordinal);
        Assert.DoesNotContain("</p>", Facts.Quotes.Find("trump-wake-up-call")!.Words["en"], StringComparison.Ordinal);
        var evidence = Facts.Claims.Find("consensus-chip-fall-is-market-risk")!.Evidence;
        Assert.Contains(evidence, e => e["zh-Hant"].Contains("媒介。現在", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e["zh-Hant"].StartsWith("1月27日納斯達克", StringComparison.Ordinal));

        Assert.Equal("同樣的解決方案?!?/p>", Facts.EditorialNotes.Find("p10-lost-closing-punctuation")!.Printed);
        Assert.Equal("媒介?,F在沒有證據", Facts.EditorialNotes.Find("p23-garbled-sentence-break")!.Printed);
        Assert.Equal(EditorialNoteResolution.Repaired, Facts.EditorialNotes.Find("p23-garbled-sentence-break")!.Resolution);
        Assert.Equal(EditorialNoteResolution.KeptAsPrinted, Facts.EditorialNotes.Find("p22-date-uncertain")!.Resolution);
    }
}
