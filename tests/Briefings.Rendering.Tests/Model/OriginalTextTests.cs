using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Model;
using Briefings.Rendering.Tests.Numbers;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Rendering.Tests.Model;

/// <summary>
/// A localized value with an original: templates read <c>.original</c> (its <c>.text</c> and <c>.lang</c>) beside the
/// translation, null where the text shown is the original; <c>.text</c> and the fallback marking are as before.
/// </summary>
public sealed class OriginalTextTests
{
    private const string English = "We must take it very, very seriously.";
    private const string Chinese = "我們必須非常非常認真地對待。";
    private const string Japanese = "非常に真剣に受け止めなければならない。";

    [Fact]
    public void A_translation_carries_its_original_in_another_language_and_the_original_page_does_not()
    {
        var words = new LocalizedText(("en", English), ("zh-Hant", Chinese)).WithOriginal("en");

        var onChinese = Words("zh-Hant", words);
        Assert.Equal(Chinese, onChinese.Text);
        Assert.False(onChinese.IsFallback);
        Assert.False(onChinese.IsOriginal);
        Assert.Equal(English, onChinese.Original?.Text);
        Assert.Equal("en", onChinese.Original?.Language);
        var member = Assert.IsType<OriginalText>(onChinese["original"]);
        Assert.Equal(English, member.Text);
        Assert.Equal("en", member["lang"]);

        var onEnglish = Words("en", words);
        Assert.Equal(English, onEnglish.Text);
        Assert.True(onEnglish.IsOriginal);
        Assert.Equal(true, onEnglish["is_original"]);
        Assert.Null(onEnglish.Original);
        Assert.True(onEnglish.ContainsKey("original")); // present, so a strict template may test it
    }

    [Fact]
    public void An_original_in_an_extra_language_is_beside_every_briefing_language()
    {
        var words = new LocalizedText(("en", English), ("ja", Japanese), ("zh-Hant", Chinese)).WithOriginal("ja");

        foreach (var (language, text) in new[] { ("en", English), ("zh-Hant", Chinese) })
        {
            var value = Words(language, words);
            Assert.Equal(text, value.Text);
            Assert.Equal(Japanese, value.Original?.Text);
            Assert.Equal("ja", value.Original?.Language);
            Assert.False(value.IsOriginal);
        }
    }

    [Fact]
    public void A_fallback_in_the_original_language_is_marked_as_a_fallback_and_not_repeated_as_its_own_original()
    {
        var words = new LocalizedText(("en", English)).WithOriginal("en");

        var onChinese = Words("zh-Hant", words);
        Assert.Equal(English, onChinese.Text);
        Assert.True(onChinese.IsFallback);
        Assert.True(onChinese.IsOriginal);
        Assert.Null(onChinese.Original);
    }

    [Fact]
    public void A_text_without_an_original_has_none()
    {
        var value = Words("en", new LocalizedText(("en", English), ("zh-Hant", Chinese)));
        Assert.Null(value.Original);
        Assert.False(value.IsOriginal);
    }

    [Fact]
    public void The_model_json_carries_extra_languages_and_names_the_original()
    {
        var words = new LocalizedText(("en", English), ("ja", Japanese), ("zh-Hant", Chinese)).WithOriginal("ja");
        var json = ModelJson.Write(FactCatalog.From(ModelOf(words)));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var written = document.RootElement.GetProperty("facts").GetProperty("remarks")[0].GetProperty("words");
        Assert.Equal(["en", "ja", "zh-Hant", "original"], written.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Japanese, written.GetProperty("ja").GetString());
        Assert.Equal("ja", written.GetProperty("original").GetString());
    }

    /// <summary>The shipped quotes: on the English page the article's Chinese is the original beside our translation.</summary>
    [Fact]
    public void Every_shipped_quote_shows_the_articles_chinese_as_the_original_on_the_english_page()
    {
        var catalog = FactCatalog.From(new Briefings.Story.FactsModel());
        var english = new ModelBuilder(catalog, "en", ShippedNumbersTests.Format("en"));
        var chinese = new ModelBuilder(catalog, "zh-Hant", ShippedNumbersTests.Format("zh-Hant"));
        var quotes = Briefings.Story.Facts.Quotes.All;
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            Assert.Equal("zh-Hant", quote.Words.OriginalLanguage);
            var onEnglish = Assert.IsType<LocalizedString>(english.ToScript(quote)["words"]);
            Assert.Equal(quote.Words["en"], onEnglish.Text);
            Assert.Equal(quote.Words["zh-Hant"], onEnglish.Original?.Text);
            Assert.Equal("zh-Hant", onEnglish.Original?.Language);
            var onChinese = Assert.IsType<LocalizedString>(chinese.ToScript(quote)["words"]);
            Assert.True(onChinese.IsOriginal);
            Assert.Null(onChinese.Original);
        }
    }

    private static LocalizedString Words(string language, LocalizedText words)
    {
        var catalog = FactCatalog.From(ModelOf(words));
        var builder = new ModelBuilder(catalog, language, ShippedNumbersTests.Format(language));
        return Assert.IsType<LocalizedString>(builder.ToScript(catalog.All.Single())["words"]);
    }

    private static HandWrittenModel ModelOf(LocalizedText words)
    {
        Remark.Current = [new Remark { Id = "remark", Words = words }];
        return new HandWrittenModel(["en", "zh-Hant"], new FactKind<Remark>());
    }
}

/// <summary>A kind with one localized field, for the tests above (one model at a time: xunit runs a class's tests in turn).</summary>
public sealed record Remark : IFact<Remark>
{
    private static readonly RecordDescriptor Descriptor = Describe.Kind("remark", "Remark", "Remarks", Describe.Field(0, "Words", FieldType.Localized));

    internal static IReadOnlyList<Remark> Current { get; set; } = [];

    public string Kind => "remark";

    public required string Id { get; init; }

    public required LocalizedText Words { get; init; }

    static IReadOnlyList<Remark> IFact<Remark>.FactsOfKind => Current;

    static RecordDescriptor IFact<Remark>.KindDescriptor => Descriptor;

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    public static Remark? Find(string id) => Current.FirstOrDefault(r => r.Id == id);

    object? IFactRecord.GetValue(FieldDescriptor field) => Words;
}
