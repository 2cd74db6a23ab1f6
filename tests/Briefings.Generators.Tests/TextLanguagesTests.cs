using System.Linq;
using System.Reflection;
using System.Threading;
using Briefings.Facts.Schema;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// Languages per text: <c>extra-languages:</c> lets a localized text carry languages no briefing is written in, and
/// <c>original: &lt;lang&gt;</c> inside the text names the language it was first written or spoken in.
/// </summary>
public class TextLanguagesTests
{
    private const string ExtraJapanese = "schema:\n  extra-languages: [ja]\n";

    private const string QuotedInJapanese = """
        kind: source
        id: nikkei
        title:
          original: ja
          ja: 日本経済新聞
          en: The Nikkei
          zh-Hant: 日本經濟新聞
        """;

    [Fact]
    public void Extra_languages_are_read_from_any_schema_file_beside_the_briefings_languages()
    {
        var schema = ReadSchema(Samples.Schema, ("a.schema.yaml", ExtraJapanese), ("b.schema.yaml", "schema: { extra-languages: [zh-Hans] }\n"));

        Assert.Equal(["en", "zh-Hant"], schema.Languages);
        Assert.Equal(["ja", "zh-Hans"], schema.ExtraLanguages);
        Assert.True(schema.IsTextLanguage("ja"));
        Assert.False(schema.IsTextLanguage("fr"));
        Assert.Equal("en", schema.FallbackLanguage);
    }

    [Fact]
    public void A_text_in_an_extra_language_with_its_original_compiles_and_the_model_keeps_both()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("languages.schema.yaml", ExtraJapanese), ("nikkei.yaml", QuotedInJapanese)));
        Assert.Empty(run.Diagnostics);

        var model = GeneratedModelTests.LoadCompiled(run).GetCustomAttribute<FactModelAttribute>()!.CreateModel();
        Assert.Equal(["en", "zh-Hant"], model.Languages); // an extra language gets no briefing
        var source = model.Kinds.Single(k => k.Descriptor.Name == "source").Find("nikkei")!;
        var title = (LocalizedText)source.GetValue(source.Descriptor.Fields.Single(f => f.Name == "title"))!;

        Assert.Equal(new LocalizedText(("en", "The Nikkei"), ("ja", "日本経済新聞"), ("zh-Hant", "日本經濟新聞")).WithOriginal("ja"), title);
        Assert.Equal("ja", title.OriginalLanguage);
        Assert.Equal("日本経済新聞", title.Original);

        var herald = model.Kinds.Single(k => k.Descriptor.Name == "source").Find("herald")!;
        Assert.Null(((LocalizedText)herald.GetValue(herald.Descriptor.Fields.Single(f => f.Name == "title"))!).OriginalLanguage);
    }

    [Fact]
    public void Only_the_briefings_languages_are_owed_a_translation_and_that_stays_a_warning()
    {
        const string OnlyJapaneseAndEnglish = "kind: source\nid: nikkei\ntitle: { original: ja, ja: 日本経済新聞, en: The Nikkei }\n";
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("languages.schema.yaml", ExtraJapanese), ("nikkei.yaml", OnlyJapaneseAndEnglish)));

        Assert.Equal(
            ["seeds/nikkei.yaml(3,8): warning BRF022: The field 'title' has no 'zh-Hant' text; briefings in 'zh-Hant' will show the 'en' text instead. Add a 'zh-Hant:' line."],
            run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void An_extra_language_undeclared_is_an_unknown_language_that_names_both_lists()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("languages.schema.yaml", ExtraJapanese), ("nikkei.yaml", "kind: source\nid: nikkei\ntitle: { en: The Nikkei, jp: 日本経済新聞 }\n")));

        Assert.Equal(
            ["seeds/nikkei.yaml(3,26): error BRF023: 'jp' is not a language of this fact base (did you mean 'ja'?). Languages: en, zh-Hant; extra languages: ja. Fix the tag, or add it to 'languages:' (or, if no briefing is written in it, to 'extra-languages:') in the schema."],
            run.Diagnostics);
    }

    [Fact]
    public void A_language_in_both_lists_is_a_schema_error_where_it_is_listed_as_extra()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("languages.schema.yaml", "schema:\n  extra-languages: [ja, zh-Hant]\n")));

        Assert.Equal(
            ["seeds/languages.schema.yaml(2,25): error BRF030: Schema: 'zh-Hant' is already a language of the briefings ('languages:'), so it is not an extra language; remove it from 'extra-languages:'."],
            run.Diagnostics);
    }

    private static SchemaModel ReadSchema(params (string Path, string Text)[] files)
    {
        var texts = System.Array.ConvertAll(files, f => new FactFileText("/repo/seeds/" + f.Path, "seeds/" + f.Path, f.Text));
        var result = SchemaReader.Read(texts, null, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Model!;
    }
}
