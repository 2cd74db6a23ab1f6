using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Model;
using Briefings.Rendering.Templates;
using Briefings.Runtime;
using Briefings.Testing;
using Scriban.Runtime;
using Xunit;

namespace Briefings.Rendering.Tests.Numbers;

/// <summary>
/// Every number of the shipped fact base, as a reader of each language must read it. The table is written from the
/// article (seed-article.zh-Hant.txt, paragraph in the comment), not computed by the code under test: the Chinese
/// follows the article's own words, the English says the same thing.
/// </summary>
public sealed class ShippedNumbersTests
{
    /// <summary>kind/id/field → (English, Chinese).</summary>
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Expected = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        // ¶3: 英偉達暴跌16.86%，博通大跌逾17%，甲骨文下跌近14%，納斯達克下挫3.07%
        ["market-move/nvidia-2025-01-27/change"] = ("fell 16.86%", "下跌16.86%"),
        ["market-move/broadcom-2025-01-27/change"] = ("fell more than 17%", "下跌逾17%"),
        ["market-move/oracle-2025-01-27/change"] = ("fell nearly 14%", "下跌近14%"),
        ["market-move/nasdaq-2025-01-27/change"] = ("fell 3.07%", "下跌3.07%"),

        // ¶7: 訓練成本均只有550萬美元左右，不及Anthropic和OpenAI同類模型成本的十分之一
        ["figure/v3-r1-training-cost/money"] = ("about 5.5 million US dollars", "約550萬美元"),
        ["figure/v3-r1-cost-share-of-rivals/amount"] = ("less than one tenth of the cost of the comparable models", "不及同類模型成本的十分之一"),

        // ¶13: 估值90億美元 (the figure and the organisation's valuation)
        ["figure/perplexity-valuation/money"] = ("9 billion US dollars", "90億美元"),
        ["organisation/perplexity/valuation"] = ("9 billion US dollars", "90億美元"),

        // ¶17: 5000億美元的星際之門計劃
        ["figure/stargate-investment/money"] = ("500 billion US dollars", "5000億美元"),

        // ¶20: 已儲備了萬張A100芯片
        ["figure/deepseek-a100-stockpile/count"] = ("10,000 A100 chips", "1萬張A100芯片"),

        // ¶22: 英偉達PE長期橫移在40倍上方，17日收盤后仍有45倍
        ["figure/nvidia-pe-long-term/amount"] = ("above 40 times earnings", "40倍以上"),
        ["figure/nvidia-pe-2025-01-17/amount"] = ("45 times earnings", "45倍"),

        // ¶28: 現在做追趕者的算力需求少了 10 倍
        ["figure/catch-up-compute-reduction/amount"] = ("10 times less", "少了10倍"),
    };

    /// <summary>Integers of kinds without a bound, direction or unit, which count nothing (a point's number, a paragraph): plain numbers.</summary>
    private static readonly string[] Ordinals = ["claim.number", "editorial-note.paragraph"];

    private static readonly FactCatalog Catalog = FactCatalog.From(new Briefings.Story.FactsModel());

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hant")]
    public void Every_number_of_the_shipped_model_reads_as_the_article_says(string language)
    {
        var builder = new ModelBuilder(Catalog, language, Format(language));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in Catalog.All)
        {
            var script = builder.ToScript(fact);
            foreach (var field in fact.Descriptor.Fields)
            {
                var value = script[ScriptName(field)];
                if (IsNumeric(field))
                {
                    if (value is QuantityValue quantity)
                    {
                        seen.Add($"{fact.Kind}/{fact.Id}/{field.Name}", quantity.Text);
                    }
                    else if (value is not null)
                    {
                        Assert.True(value is int or long && Ordinals.Contains(fact.Kind + "." + field.Name), $"{fact.Kind}/{fact.Id}/{field.Name} is a {value.GetType().Name}, neither a quantity nor an ordinal");
                    }
                }
                else if (field.Type == FieldType.Struct && value is IEnumerable items)
                {
                    AssertStructNumbersAreOrdinals(fact, items);
                }
            }
        }

        var expected = Expected.ToDictionary(e => e.Key, e => language == "en" ? e.Value.En : e.Value.Zh, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), seen.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hant")]
    public void Every_number_reads_so_in_the_html_and_the_markdown(string language)
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        foreach (var format in new[] { "html", "md" })
        {
            var text = files[$"deepseek-shock.{language}.{format}"];
            foreach (var (key, (en, zh)) in Expected)
            {
                Assert.True(text.Contains(language == "en" ? en : zh, StringComparison.Ordinal), $"{key} is missing from the {language} {format}");
            }

            // Neither the bare forms the numbers used to take nor a bound before a sign.
            foreach (var wrong in new[] { "USD", "-17%", "-14%", "-16.86%", "-3.07%", "0.1 ", "000,000", "逾 ", "近 -", "more than -", "nearly -" })
            {
                Assert.False(text.Contains(wrong, StringComparison.Ordinal), $"the {language} {format} has '{wrong}'");
            }
        }
    }

    /// <summary>The chart's labels carry the bound and direction too (SVG text in both languages).</summary>
    [Fact]
    public void Chart_labels_carry_bound_and_direction()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Assert.Contains("text-anchor=\"end\">fell more than 17%</text>", files["deepseek-shock.en.html"], StringComparison.Ordinal);
        Assert.Contains("text-anchor=\"end\">下跌近14%</text>", files["deepseek-shock.zh-Hant.html"], StringComparison.Ordinal);
    }

    public static LanguageFormat Format(string language)
    {
        var diagnostics = new List<Diagnostics.RenderDiagnostic>();
        var strings = UiStrings.Load(Path.Combine(RepositoryPaths.Templates, UiStrings.FileName), "templates/strings.json", ["en", "zh-Hant"], diagnostics);
        Assert.True(strings is not null, string.Join("\n", diagnostics));
        return strings.Format(language);
    }

    private static void AssertStructNumbersAreOrdinals(IFact fact, IEnumerable items)
    {
        foreach (var item in items.OfType<ScriptObject>())
        {
            foreach (var (name, value) in item)
            {
                Assert.False(value is QuantityValue, $"{fact.Kind}/{fact.Id}: the struct member '{name}' is a quantity; struct numbers are ordinals");
            }
        }
    }

    private static bool IsNumeric(FieldDescriptor field) => field.Type is FieldType.Percent or FieldType.Money or FieldType.Integer or FieldType.Decimal;

    private static string ScriptName(FieldDescriptor field) => StandardMemberRenamer.Rename(field.MemberName);
}
