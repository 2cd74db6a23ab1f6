using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Story.Tests;

/// <summary>
/// The shipped fact base reads cleanly: every text carries the intended reading (the printed forms live only in the
/// editorial notes' printed and the facts' as-printed), Chinese is written in full-width punctuation, and headlines
/// stand on their own. Read through the model's contract.
/// </summary>
public class ReadingTests
{
    // Loaded as the renderer loads a desk's model: by the assembly's [FactModel], as an IFactModel.
    private static readonly IFactModel Model = typeof(FactsModel).Assembly.GetCustomAttribute<FactModelAttribute>()!.CreateModel();

    [Fact]
    public void Every_text_of_every_fact_reads_cleanly()
    {
        var texts = Model.All.SelectMany(ModelTexts.Of).ToList();
        var problems = texts
            .SelectMany(t => t.Text.SelectMany(entry => ReadingRules.Problems(entry.Key, t.Field, entry.Value)
                .Select(problem => $"{t.Path} ({entry.Key}): {problem}: {entry.Value}")))
            .ToList();

        Assert.True(texts.Count >= 223, $"Only {texts.Count} localized texts were read (the seeds hold more than 223): the walker is missing some.");
        Assert.Empty(problems);
    }

    [Fact]
    public void The_walker_reads_lists_and_structs_through_the_contract_and_skips_the_printed_fields()
    {
        var paths = Model.All.SelectMany(ModelTexts.Of).Select(t => t.Path).ToList();
        Assert.Contains("claim/consensus-compute-still-matters.evidence[0]", paths);
        Assert.Contains("product/deepseek-v3.comparisons[0].area", paths);
        Assert.Contains("editorial-note/p10-stray-html.reason", paths);
        Assert.DoesNotContain(paths, p => p.EndsWith(".as-printed", StringComparison.Ordinal));

        // The skipped fields are there, and hold what the checks would refuse.
        var asPrinted = Model.All.Select(f => (Fact: f, Field: f.Descriptor.Field("as-printed"))).Where(x => x.Field is not null)
            .Select(x => x.Fact.GetValue(x.Field!)).OfType<LocalizedText>().ToList();
        Assert.Contains(asPrinted, t => ReadingRules.Problems(ReadingRules.Chinese, "summary", t[ReadingRules.Chinese]).Any());
    }

    [Fact]
    public void Every_corrected_reading_is_what_an_affected_fact_now_says()
    {
        var notes = Model.Kinds.Single(k => k.Descriptor.Name == "editorial-note");
        var printed = notes.Descriptor.Field("printed")!;
        var corrected = notes.Descriptor.Field("corrected")!;
        var affects = notes.Descriptor.Fields.Where(f => f.Type == FieldType.Ref && f.Name.StartsWith("affects-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(affects);

        var problems = new List<string>();
        var checkedNotes = 0;
        foreach (var note in notes.Facts)
        {
            if (note.GetValue(corrected) is not string reading)
            {
                continue;
            }

            checkedNotes++;
            var affected = affects.SelectMany(f => ((IEnumerable)note.GetValue(f)!).Cast<IRef>()).Select(r => Affected(r.Target)).ToList();
            problems.AddRange(ReadingRules.MissingReadings((string)note.GetValue(printed)!, reading, affected)
                .Select(missing => $"{note.Id}: no affected fact reads '{missing}' (affected: {string.Join(", ", affected.Select(a => a.Name))})"));
        }

        Assert.NotEqual(0, checkedNotes);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("en", "words", "the same solution?!?/p>", "'?!?'")]
    [InlineData("en", "words", "the same solution</p>", "'</p>'")]
    [InlineData("zh-Hant", "words", "解決方案/p>", "'/p>'")]
    [InlineData("zh-Hant", "evidence", "媒介?,F在沒有證據", "'?,F'")]
    [InlineData("zh-Hant", "evidence", "這些都是?該公司Post-training", "'?' between Chinese")]
    [InlineData("en", "summary", "a <b>bold</b> claim", "markup")]
    [InlineData("zh-Hant", "evidence", "英偉達暴跌16.86%,創市值", "half-width ','")]
    [InlineData("zh-Hant", "statement", "探索與追趕:中國企業", "half-width ':'")]
    [InlineData("zh-Hant", "summary", "調整;博通大跌", "half-width ';'")]
    [InlineData("zh-Hant", "summary", "數據集(數據庫)", "half-width '('")]
    [InlineData("zh-Hant", "title", "Satya Nadella)日前", "half-width ')'")]
    [InlineData("zh-Hant", "title", "該公司去年12月推出的大模型DeepSeek-V3", "starts with '該公司'")]
    [InlineData("zh-Hant", "summary", "去年7月在接受媒體採訪", "starts with '去年'")]
    [InlineData("zh-Hant", "title", "日前在達沃斯世界經濟論壇上", "starts with '日前'")]
    [InlineData("zh-Hant", "statement", "今年在多模態方面", "starts with '今年'")]
    [InlineData("zh-Hant", "statement", "此前該公司已儲備了萬張A100芯片", "starts with '此前'")]
    public void A_text_that_does_not_read_cleanly_is_refused(string language, string field, string text, string expected)
        => Assert.Contains(ReadingRules.Problems(language, field, text), p => p.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("zh-Hant", "summary", "英偉達暴跌16.86%，創市值最大蒸發紀錄；博通大跌逾17%")]
    [InlineData("zh-Hant", "evidence", "5000億美元，2,000 tests: (a) and (b)")]
    [InlineData("zh-Hant", "words", "微軟首席執行官薩蒂亞·納德拉（Satya Nadella）表示：「我們必須非常非常認真地對待中國的AI進步。」")]
    [InlineData("zh-Hant", "evidence", "此前該公司已儲備了萬張A100芯片等")]
    [InlineData("en", "summary", "Nvidia fell 16.86%; Broadcom (AVGO): more than 17%. Why?")]
    public void A_text_that_reads_cleanly_passes(string language, string field, string text)
        => Assert.Empty(ReadingRules.Problems(language, field, text));

    [Fact]
    public void A_corrected_reading_that_no_affected_fact_carries_is_reported()
    {
        var stillPrinted = new AffectedFact("claim/x", ["DeepSeek只是觸發了風險情緒釋放的媒介?,F在沒有證據"], []);
        var repaired = new AffectedFact("claim/y", ["DeepSeek只是觸發了風險情緒釋放的媒介。現在沒有證據"], []);
        Assert.Equal(["媒介。現在沒有證據"], ReadingRules.MissingReadings("媒介?,F在沒有證據", "媒介。現在沒有證據", [stillPrinted]));
        Assert.Empty(ReadingRules.MissingReadings("媒介?,F在沒有證據", "媒介。現在沒有證據", [stillPrinted, repaired]));
        Assert.Equal(["媒介。現在沒有證據"], ReadingRules.MissingReadings("媒介?,F在沒有證據", "媒介。現在沒有證據", []));
    }

    [Fact]
    public void A_corrected_date_must_be_an_affected_facts_date_and_each_listed_reading_is_checked()
    {
        Assert.Equal(["2025-01-27"], ReadingRules.MissingReadings("1月17日", "2025-01-27", [new AffectedFact("event/e", [], ["2025-01-17"])]));
        Assert.Empty(ReadingRules.MissingReadings("1月17日", "2025-01-27", [new AffectedFact("event/e", [], ["2025-01-27"])]));
        Assert.Equal(["關於"], ReadingRules.MissingReadings("位于; 關于", "位於; 關於", [new AffectedFact("organisation/o", ["位於杭州", "關于 DeepSeek"], [])]));
    }

    private static AffectedFact Affected(IFact fact) => new(
        $"{fact.Kind}/{fact.Id}",
        ModelTexts.Of(fact).Select(t => t.Text.Get(ReadingRules.Chinese) ?? string.Empty).ToList(),
        ModelTexts.Dates(fact).ToList());
}
