using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Generators.Tests.Infrastructure;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// One test per diagnostic: the exact id, file, line and column a build prints, and the message a
/// person reads. Each case adds one bad file to the every-type sample (or replaces one of its files).
/// </summary>
public partial class DiagnosticTests
{
    private static IReadOnlyList<string> Diagnose(string path, string text)
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith((path, text)));
        Assert.Null(run.Result.Results.Single().Exception);
        return run.Diagnostics;
    }

    private static void AssertSingle(string expected, string path, string text)
        => Assert.Equal(new[] { expected }, Diagnose(path, text));

    [Fact]
    public void BRF001_yaml_syntax_error_is_reported_where_the_scanner_stopped()
        => AssertSingle(
            "seeds/bad.yaml(2,5): error BRF001: YAML syntax error: While scanning a quoted scalar, found unexpected end of stream.",
            "bad.yaml",
            "kind: source\nid: \"unclosed\n");

    [Fact]
    public void BRF001_unclosed_flow_list_points_at_the_open_bracket_not_at_the_end_of_the_file()
        => Assert.Equal(
            new[] { "seeds/bad.yaml(3,7): error BRF001" },
            GeneratorHarness.Run(Samples.EveryTypeWith(("bad.yaml", "kind: source\nid: x\ntags: [a, b\nnext: 1\n"))).Places);

    [Fact]
    public void BRF002_tab_indentation_is_reported_at_the_tab()
        => AssertSingle(
            "seeds/bad.yaml(3,1): error BRF002: A tab is used for indentation here; YAML indents with spaces only. Replace the tab with spaces.",
            "bad.yaml",
            "kind: source\ntitle:\n\ten: x\n");

    [Fact]
    public void BRF003_undecodable_bytes_are_reported_at_the_replacement_character()
        => AssertSingle(
            "seeds/bad.yaml(2,8): error BRF003: The file is not valid UTF-8: a byte here could not be decoded (shown as U+FFFD). Save the file as UTF-8.",
            "bad.yaml",
            "kind: source\nid: caf\uFFFD\n");

    [Fact]
    public void BRF004_control_characters_are_reported_each_at_its_place()
        => Assert.Equal(
            new[]
            {
                "seeds/bad.yaml(2,7): error BRF004: The character U+0007 is not allowed in a fact file; remove it (tab, line feed and carriage return are the only control characters allowed).",
                "seeds/bad.yaml(3,3): error BRF004: The character U+0000 is not allowed in a fact file; remove it (tab, line feed and carriage return are the only control characters allowed).",
            },
            Diagnose("bad.yaml", "kind: source\nid: ab\u0007\nx:\u0000\n"));

    [Fact]
    public void BRF004_a_lone_surrogate_is_refused()
        => Assert.Equal(new[] { "seeds/bad.yaml(2,6): error BRF004" }, GeneratorHarness.Run(Samples.EveryTypeWith(("bad.yaml", "kind: source\nid: a\uD800b\n"))).Places);

    [Fact]
    public void BRF005_an_unreadable_file_is_reported_at_the_file()
        => AssertSingle(
            "seeds/gone.yaml(1,1): error BRF005: The file could not be read: the compiler could not read it. Check that it exists and is readable.",
            "gone.yaml",
            null!);

    [Fact]
    public void BRF006_a_second_document_is_reported_where_it_starts()
        => AssertSingle(
            "seeds/bad.yaml(5,1): error BRF006: A fact file holds one YAML document, and a second one starts here. Move it to a file of its own, or put its facts under 'facts:' in the first.",
            "bad.yaml",
            "kind: source\nid: one\ntitle: { en: One, zh-Hant: 一 }\n\n---\nkind: source\nid: two\n");

    [Fact]
    public void BRF007_an_empty_file_is_a_warning()
        => AssertSingle(
            "seeds/empty.yaml(1,1): warning BRF007: The file holds no facts. Add 'kind:' and a fact's fields, or delete the file.",
            "empty.yaml",
            "# nothing here yet\n");

    [Fact]
    public void BRF008_nesting_beyond_the_limit_stops_at_the_limit_without_recursion()
        => Assert.Equal(
            new[] { "seeds/deep.yaml(1,33): error BRF008: Mappings and lists are nested more than 32 deep here. This limit keeps every build fast and safe: split the file or shorten the text." },
            Diagnose("deep.yaml", new string('[', 30_000) + new string(']', 30_000)));

    [Fact]
    public void BRF008_a_file_of_many_megabytes_is_refused_before_parsing()
        => Assert.Equal(
            new[] { "seeds/huge.yaml(1,1): error BRF008: The file has 5000016 characters, more than the limit of 4194304. This limit keeps every build fast and safe: split the file or shorten the text." },
            Diagnose("huge.yaml", "kind: source\n# " + new string('x', 5_000_000) + "\n"));

    [Fact]
    public void BRF008_a_huge_value_is_refused()
        => Assert.Equal(
            new[] { "seeds/big.yaml(2,8): error BRF008" },
            GeneratorHarness.Run(Samples.EveryTypeWith(("big.yaml", "kind: source\ntitle: " + new string('x', 70_000) + "\n"))).Places);

    [Fact]
    public void BRF009_anchors_aliases_tags_and_directives_are_refused()
    {
        Assert.Equal(new[] { "seeds/a.yaml(2,5): error BRF009" }, GeneratorHarness.Run(Samples.EveryTypeWith(("a.yaml", "kind: source\nid: &x herald2\n"))).Places);
        Assert.Equal(new[] { "seeds/a.yaml(3,8): error BRF009" }, GeneratorHarness.Run(Samples.EveryTypeWith(("a.yaml", "kind: source\nid: x\ntitle: *t\n"))).Places);
        Assert.Equal(
            new[] { "seeds/a.yaml(2,5): error BRF009: Tags (!name, !!type) are not supported in fact files: remove the tag; the schema gives every field its type, and quotes make any value text." },
            Diagnose("a.yaml", "kind: source\nid: !!python/object:os.system herald2\n"));
        Assert.Equal(new[] { "seeds/a.yaml(1,1): error BRF009" }, GeneratorHarness.Run(Samples.EveryTypeWith(("a.yaml", "%YAML 1.1\n---\nkind: source\n"))).Places);
    }

    [Fact]
    public void BRF010_a_duplicate_key_points_at_the_second_and_names_the_first()
        => AssertSingle(
            "seeds/dup.yaml(3,1): error BRF010: The key 'id' is given twice in this mapping (first at line 2, column 1). Remove one of them.",
            "dup.yaml",
            "kind: source\nid: a\nid: b\ntitle: { en: A, zh-Hant: 甲 }\n");

    [Fact]
    public void BRF011_a_scalar_where_a_mapping_belongs()
        => AssertSingle(
            "seeds/bad.yaml(1,1): error BRF011: Expected a mapping that starts with 'kind:' here, but found the text 'just text'.",
            "bad.yaml",
            "just text\n");

    [Fact]
    public void BRF012_unknown_kind_suggests_the_nearest()
        => AssertSingle(
            "seeds/bad.yaml(1,7): error BRF012: There is no kind of fact named 'organisaton' (did you mean 'organisation'?). Declare it under 'kinds:' in the schema, or use one of: market-move, organisation, source.",
            "bad.yaml",
            "kind: organisaton\nid: x\n");

    [Fact]
    public void BRF013_unknown_field_suggests_the_nearest()
        => AssertSingle(
            "seeds/bad.yaml(3,1): error BRF013: A source has no field 'titel' (did you mean 'title'?). Its fields are: title, url, source-type. Fix the name, or declare the field in the schema.",
            "bad.yaml",
            "kind: source\nid: other\ntitel: { en: A, zh-Hant: 甲 }\n");

    [Fact]
    public void BRF014_missing_required_field_points_at_the_fact()
        => AssertSingle(
            "seeds/bad.yaml(1,1): error BRF014: The source 'other' lacks the required field 'title' (a text per language). Add it.",
            "bad.yaml",
            "kind: source\nid: other\nurl: https://example.com/\n");

    [Fact]
    public void BRF014_an_empty_required_field_points_at_its_key()
        => AssertSingle(
            "seeds/bad.yaml(3,1): error BRF014: The source 'other' lacks the required field 'title' (a text per language). Add it.",
            "bad.yaml",
            "kind: source\nid: other\ntitle:\n");

    [Theory]
    [InlineData("date: 2025-02-30", "'2025-02-30' is not a valid date for the field 'date': write a day as 2025-01-27, a month as 2024-12, or a year as 2025.")]
    [InlineData("date: 27/01/2025", "'27/01/2025' is not a valid date for the field 'date': write a day as 2025-01-27, a month as 2024-12, or a year as 2025.")]
    [InlineData("change: 8.9 percent", "'8.9 percent' is not a valid percent for the field 'change': write a number such as -16.86% (the % sign is optional).")]
    [InlineData("change: lots", "'lots' is not a valid percent for the field 'change': write a number such as -16.86% (the % sign is optional).")]
    [InlineData("volume: 010", "'010' is not a valid whole number for the field 'volume': leading zeros are not allowed (YAML 1.1 would read 010 as octal 8); write, for example, -12 or 4000.")]
    [InlineData("volume: 1e3", "'1e3' is not a valid whole number for the field 'volume': write the number out in plain decimal digits, for example -12 or 4000.")]
    [InlineData("volume: 1_000", "'1_000' is not a valid whole number for the field 'volume': write the digits without separators, for example -12 or 4000.")]
    [InlineData("price: .inf", "'.inf' is not a valid decimal number for the field 'price': write the number out in plain decimal digits, for example -16.86 or 5500000.")]
    [InlineData("volume: 99999999999999999999", "'99999999999999999999' is not a valid whole number for the field 'volume': write a number such as -12 or 4000.")]
    public void BRF015_wrong_types_are_reported_at_the_value_with_the_expected_form(string line, string message)
    {
        var text = "kind: market-move\nid: other\ndate: 2025-01-27\norganisation: nvidia\nchange: 1%\ndirection: up\n";
        var key = line.Substring(0, line.IndexOf(':', System.StringComparison.Ordinal) + 1);
        text = text.Contains(key, System.StringComparison.Ordinal)
            ? string.Join("\n", text.Split('\n').Select(l => l.StartsWith(key, System.StringComparison.Ordinal) ? line : l))
            : text + line + "\n";
        var lineNumber = text.Split('\n').ToList().IndexOf(line) + 1;

        AssertSingle($"seeds/bad.yaml({lineNumber},{key.Length + 2}): error BRF015: {message}", "bad.yaml", text);
    }

    [Theory]
    [InlineData("listed: yes", "'yes' is not a valid true/false value for the field 'listed': write true or false (YAML 1.1 words such as yes, no, on and off are not booleans here).")]
    [InlineData("valuation: $9bn", "'$9bn' is not a valid money amount for the field 'valuation': write the amount, a space and the ISO 4217 currency, such as '5500000 USD' (no separators or symbols).")]
    [InlineData("founded: 2025-13", "'2025-13' is not a valid date for the field 'founded': write a day as 2025-01-27, a month as 2024-12, or a year as 2025.")]
    public void BRF015_wrong_types_in_an_organisation(string line, string message)
        => AssertSingle(
            $"seeds/bad.yaml(4,{line.IndexOf(':', System.StringComparison.Ordinal) + 3}): error BRF015: {message}",
            "bad.yaml",
            $"kind: organisation\nid: other\nname: {{ en: O, zh-Hant: 乙 }}\n{line}\nsources: [{{ source: herald, paragraph: 1 }}]\n");

    [Fact]
    public void BRF015_a_javascript_url_is_refused()
        => AssertSingle(
            "seeds/bad.yaml(4,6): error BRF015: 'javascript:alert(1)' is not a valid URL for the field 'url': write an absolute http, https or mailto address, such as https://example.com/story.",
            "bad.yaml",
            "kind: source\nid: other\ntitle: { en: A, zh-Hant: 甲 }\nurl: javascript:alert(1)\n");

    // The URL pattern the editor's JSON Schema checks is the binder's too: a space or an upper-case scheme fails both.
    [Theory]
    [InlineData("https://example.com/a b")]
    [InlineData("HTTPS://example.com/story")]
    public void BRF015_a_url_outside_the_shared_url_pattern_is_refused(string url)
        => AssertSingle(
            $"seeds/bad.yaml(4,6): error BRF015: '{url}' is not a valid URL for the field 'url': write an absolute http, https or mailto address, such as https://example.com/story.",
            "bad.yaml",
            $"kind: source\nid: spaced\ntitle: {{ en: A, zh-Hant: 甲 }}\nurl: \"{url}\"\n");

    [Fact]
    public void BRF016_value_outside_the_enumeration_suggests_the_nearest()
        => AssertSingle(
            "seeds/bad.yaml(6,12): error BRF016: 'dwon' is not an allowed value of the field 'direction' (did you mean 'down'?). Allowed values: up, down.",
            "bad.yaml",
            "kind: market-move\nid: other\ndate: 2025-01-27\norganisation: nvidia\nchange: 1%\ndirection: dwon\n");

    [Fact]
    public void BRF017_dangling_reference_suggests_the_nearest_id()
        => AssertSingle(
            "seeds/bad.yaml(4,15): error BRF017: No fact of the kind 'organisation' has the id 'nvidai' (did you mean 'nvidia'?). Fix the id, or add that fact.",
            "bad.yaml",
            "kind: market-move\nid: other\ndate: 2025-01-27\norganisation: nvidai\nchange: 1%\ndirection: up\n");

    [Fact]
    public void BRF018_reference_to_a_fact_of_another_kind()
        => AssertSingle(
            "seeds/bad.yaml(4,15): error BRF018: The field 'organisation' refers to the kind 'organisation', but 'herald' is of the kind 'source'. Refer to a fact of the kind 'organisation', or change the field's kind in the schema.",
            "bad.yaml",
            "kind: market-move\nid: other\ndate: 2025-01-27\norganisation: herald\nchange: 1%\ndirection: up\n");

    [Fact]
    public void BRF019_duplicate_id_across_files_points_at_both_places()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("zz-copy.yaml", "kind: source\nid: herald\ntitle: { en: A, zh-Hant: 甲 }\n")));

        Assert.Equal(
            new[]
            {
                "seeds/sources.yaml(2,5): error BRF019: The source id 'herald' is also used at seeds/zz-copy.yaml(2,5); ids are unique within a kind. Rename one of them.",
                "seeds/zz-copy.yaml(2,5): error BRF019: The source id 'herald' is also used at seeds/sources.yaml(2,5); ids are unique within a kind. Rename one of them.",
            },
            run.Diagnostics);
        var atCopy = run.Result.Diagnostics.Single(d => d.Location.GetLineSpan().Path.EndsWith("zz-copy.yaml", System.StringComparison.Ordinal));
        Assert.Equal("/repo/seeds/sources.yaml", Assert.Single(atCopy.AdditionalLocations).GetLineSpan().Path);
        Assert.Empty(run.CompilationProblems); // the duplicate is left out of the catalog, so the code still compiles
    }

    [Theory]
    [InlineData("Nvidia Corp", "nvidia-corp")]
    [InlineData("class", null)]
    [InlineData("../etc/passwd", "etc-passwd")]
    [InlineData("a.b", "a-b")]
    [InlineData("名前", "my-fact")]
    [InlineData("a--b", "a-b")]
    public void BRF020_ids_that_are_not_slugs_are_refused_with_a_suggestion(string id, string? suggestion)
    {
        var diagnostics = Diagnose("bad.yaml", $"kind: source\nid: \"{id}\"\ntitle: {{ en: A, zh-Hant: 甲 }}\n");
        if (suggestion is null)
        {
            Assert.Empty(diagnostics); // 'class' is a fine slug: it becomes the member Class
        }
        else
        {
            Assert.Equal(new[] { $"seeds/bad.yaml(2,5): error BRF020: The id '{id}' is not a slug: use lower-case ASCII letters and digits joined by single hyphens, such as '{suggestion}'." }, diagnostics);
        }
    }

    [Fact]
    public void BRF021_ids_that_make_the_same_member_name_point_at_both()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("more.yaml", "kind: source\nfacts:\n  - id: a-1b\n    title: { en: A, zh-Hant: 甲 }\n  - id: a1b\n    title: { en: B, zh-Hant: 乙 }\n")));

        Assert.Equal(
            new[]
            {
                "seeds/more.yaml(3,9): error BRF021: The source id 'a-1b' becomes the C# member 'A1b', as does 'a1b' at seeds/more.yaml(5,9). Rename one of them.",
                "seeds/more.yaml(5,9): error BRF021: The source id 'a1b' becomes the C# member 'A1b', as does 'a-1b' at seeds/more.yaml(3,9). Rename one of them.",
            },
            run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void BRF022_missing_translation_is_a_located_warning()
        => AssertSingle(
            "seeds/bad.yaml(3,8): warning BRF022: The field 'title' has no 'zh-Hant' text; briefings in 'zh-Hant' will show the 'en' text instead. Add a 'zh-Hant:' line.",
            "bad.yaml",
            "kind: source\nid: other\ntitle: { en: Only English }\n");

    [Fact]
    public void BRF023_unknown_language_suggests_the_nearest()
        => AssertSingle(
            "seeds/bad.yaml(3,17): error BRF023: 'zh-hant' is not a language of this fact base (did you mean 'zh-Hant'?). Languages: en, zh-Hant. Fix the tag, or add it to 'languages:' (or, if no briefing is written in it, to 'extra-languages:') in the schema.",
            "bad.yaml",
            "kind: source\nid: other\ntitle: { en: A, zh-hant: 甲 }\n");

    [Fact]
    public void BRF024_missing_kind()
        => AssertSingle(
            "seeds/bad.yaml(1,1): error BRF024: The file does not say what kind of fact it holds. Add 'kind: <kind>' at the top; kinds: market-move, organisation, source.",
            "bad.yaml",
            "id: other\n");

    [Fact]
    public void BRF025_missing_id_in_a_list_of_facts()
        => AssertSingle(
            "seeds/bad.yaml(3,5): error BRF025: This source has no 'id:'. Give it a slug id, such as 'nvidia-shares-fall'.",
            "bad.yaml",
            "kind: source\nfacts:\n  - title: { en: A, zh-Hant: 甲 }\n");

    [Fact]
    public void BRF026_facts_without_a_schema()
    {
        var run = GeneratorHarness.Run(("facts.yaml", "kind: source\nid: a\n"));

        Assert.Equal(new[] { "error BRF026: Fact files were found but no schema: add a 'schema.yaml' beside them that declares the kinds of fact under 'kinds:'." }, run.Diagnostics);
    }

    [Fact]
    public void BRF027_an_id_that_makes_a_catalog_member_name_is_refused()
        => AssertSingle(
            "seeds/bad.yaml(2,5): error BRF027: The id 'all' becomes the C# name 'All', which the generated code already uses. Choose another id.",
            "bad.yaml",
            "kind: source\nid: all\ntitle: { en: A, zh-Hant: 甲 }\n");

    [Fact]
    public void BRF028_an_unquoted_comma_inside_a_flow_mapping_is_said_as_such_with_the_text_as_meant()
        => AssertSingle(
            "seeds/bad.yaml(3,21): error BRF028: 'beta' is not a language: an unquoted comma inside `{ … }` probably ended the 'en' text early. Quote the text: en: \"Alpha, beta\".",
            "bad.yaml",
            "kind: source\nid: x\ntitle: { en: Alpha, beta, zh-Hant: 甲 }\n");

    [Fact]
    public void BRF023_stays_the_error_for_an_unknown_language_with_a_value_or_in_a_block_mapping()
        => AssertSingle(
            "seeds/bad.yaml(5,3): error BRF023: 'beta' is not a language of this fact base. Languages: en, zh-Hant. Fix the tag, or add it to 'languages:' (or, if no briefing is written in it, to 'extra-languages:') in the schema.",
            "bad.yaml",
            "kind: source\nid: x\ntitle:\n  en: Alpha\n  beta:\n  zh-Hant: 甲\n");

    [Fact]
    public void BRF034_an_original_language_without_its_text_names_the_texts_given()
        => AssertSingle(
            "seeds/bad.yaml(3,20): error BRF034: The field 'title' names 'zh-Hant' as its original language but has no 'zh-Hant' text. Add the 'zh-Hant:' text as it was first written or spoken, or name the language of one of its texts (en).",
            "bad.yaml",
            "kind: source\nid: x\ntitle: { original: zh-Hant, en: The Herald }\n");

    [Theory]
    [InlineData("  facts-model:\n    fields: {}\n", "schema.yaml(17,3): error BRF030: Schema: 'facts-model' makes the C# type 'FactsModel', which the model class already uses; rename the kind, struct or field.")]
    [InlineData("  fact-data:\n    plural: replace-fact-data\n    fields: {}\n", "schema.yaml(17,3): error BRF030: Schema: the kind 'fact-data' makes the catalog class 'Facts.ReplaceFactData', which is already taken; give it another 'plural:'.")]
    [InlineData("  source:\n    fields:\n      id: text\n", "schema.yaml(19,7): error BRF030: Schema: 'id' is reserved: every fact already has 'id' and 'kind', and 'facts' lists facts in a file. Choose another name.")]
    [InlineData("  source:\n    fields:\n      title: { type: enum }\n", "schema.yaml(19,7): error BRF030: Schema: the enumeration field 'title' needs 'values:', a list such as [up, down].")]
    [InlineData("  source:\n    feilds: {}\n", "schema.yaml(18,5): error BRF030: Schema: 'feilds' is not a setting in the kind 'source' (did you mean 'fields'?); the settings are: description, plural, label, present, fields, identity, agree, disagreement, date-order, must-cite.")]
    public void BRF030_schema_mistakes_are_located(string kinds, string expected)
    {
        var schema = "schema:\n  namespace: Sample.Facts\n  languages: [en, zh-Hant]\n" + new string('\n', 12) + "kinds:\n" + kinds;
        var run = GeneratorHarness.Run(("schema.yaml", schema));

        Assert.Contains("seeds/" + expected, run.Diagnostics);
    }

    // Each case is a second schema file beside the every-type sample's, with a struct of its own (a struct
    // is usable only in files read after the one that declares it).
    private const string NoteSchema = "structs:\n  note-source:\n    label: { en: Note source, zh-Hant: 註釋來源 }\n    fields: { source: { type: ref, kind: source, label: { en: Source, zh-Hant: 來源 } } }\nkinds:\n  note:\n    fields:\n";

    [Theory]
    [InlineData("sources: { type: note-source, list: true, role: citation }", "(8,55): error BRF030: Schema: 'citation' is not a field role (did you mean 'citations'?); the roles are: citations, bound, direction, unit, title, summary, date, value, quote, highlight, group, languages, disputes.")]
    [InlineData("source: { type: note-source, role: citations }", "(8,42): error BRF030: Schema: 'role: citations' marks a kind's list of citation structs (such as 'sources: { type: citation, list: true, role: citations }'); the field 'source' is not one.")]
    [InlineData("tags: { type: text, list: true, role: citations }", "(8,45): error BRF030: Schema: 'role: citations' marks a kind's list of citation structs (such as 'sources: { type: citation, list: true, role: citations }'); the field 'tags' is not one.")]
    [InlineData("bound: { type: text, role: bound }", "(8,34): error BRF030: Schema: 'role: bound' marks a kind's single enumeration field (such as 'bound: { type: enum, values: [exact, about, more-than], role: bound }'); the field 'bound' is not one.")]
    [InlineData("bound: { type: enum, values: [exact, roughly], role: bound }", "(8,60): error BRF030: Schema: 'role: bound' needs values the renderer can word in every language; 'roughly' is not one; the words are: exact, about, more-than, less-than, nearly, above, below, at-least, at-most.")]
    [InlineData("bounds: { type: enum, values: [about], list: true, role: bound }", "(8,64): error BRF030: Schema: 'role: bound' marks a kind's single enumeration field (such as 'bound: { type: enum, values: [exact, about, more-than], role: bound }'); the field 'bounds' is not one.")]
    [InlineData("direction: { type: enum, values: [up, dwon], role: direction }", "(8,58): error BRF030: Schema: 'role: direction' needs values the renderer can word in every language; 'dwon' is not one (did you mean 'down'?); the words are: up, down.")]
    [InlineData("unit: { type: integer, role: unit }", "(8,36): error BRF030: Schema: 'role: unit' marks a kind's single text or localized field naming the unit of its numbers (such as 'unit: { type: localized, role: unit }'); the field 'unit' is not one.")]
    public void BRF030_a_field_role_is_checked_at_the_role(string field, string expected)
        => AssertSingle("seeds/note.schema.yaml" + expected, "note.schema.yaml", NoteSchema + "      " + field + "\n");

    [Fact]
    public void BRF030_a_kind_with_two_citation_fields_is_refused_at_the_second()
        => AssertSingle(
            "seeds/note.schema.yaml(9,7): error BRF030: Schema: 'note' already has a field with 'role: citations'; a kind has at most one field of each role.",
            "note.schema.yaml",
            NoteSchema + "      sources: { type: note-source, list: true, role: citations }\n      also: { type: note-source, list: true, role: citations }\n");

    [Fact]
    public void BRF033_missing_labels_are_one_warning_per_kind_at_its_first_incomplete_label()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("note.schema.yaml",
            "kinds:\n  note:\n    label: { en: Notes, zh-Hant: 備註 }\n    fields:\n      text: { type: text, label: { en: Text } }\n      based-in: text\n"
            + "  memo:\n    fields:\n      text: { type: text, label: { en: Text, zh-Hant: 文字 } }\n")));

        Assert.Equal(
            new[]
            {
                "seeds/note.schema.yaml(5,34): warning BRF033: Schema: the kind 'note' lacks labels in the story's languages (en, zh-Hant): 'text' (zh-Hant), 'based-in'. Briefings show the first language's label or the name instead; add 'label:' with every language (and 'labels:' for an enumeration's values).",
                "seeds/note.schema.yaml(7,3): warning BRF033: Schema: the kind 'memo' lacks labels in the story's languages (en, zh-Hant): the kind. Briefings show the first language's label or the name instead; add 'label:' with every language (and 'labels:' for an enumeration's values).",
            },
            run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_languages_field_holds_briefing_languages_and_an_unknown_tag_is_BRF023_at_the_tag()
    {
        const string schema = "schema:\n  languages: [en, zh-Hant]\nkinds:\n  note:\n    label: { en: Notes, zh-Hant: 說明 }\n    fields:\n"
            + "      text: { type: text, role: title, label: { en: Text, zh-Hant: 文字 } }\n"
            + "      languages: { type: text, list: true, role: languages, label: { en: Languages, zh-Hant: 語言 } }\n";
        var good = GeneratorHarness.Run(("schema.yaml", schema), ("notes/a.yaml", "kind: note\nid: a\ntext: x\nlanguages: [zh-Hant]\n"));
        Assert.Empty(good.Diagnostics);

        var bad = GeneratorHarness.Run(("schema.yaml", schema), ("notes/a.yaml", "kind: note\nid: a\ntext: x\nlanguages: [en, zh-hant]\n"));
        var d = Assert.Single(bad.Diagnostics);
        Assert.StartsWith("seeds/notes/a.yaml(4,17): error BRF023:", d, System.StringComparison.Ordinal);
        Assert.Contains("zh-Hant", d, System.StringComparison.Ordinal);
    }

    [Fact]
    public void BRF033_a_story_in_english_only_needs_no_labels_but_a_label_is_checked_against_its_languages()
    {
        var english = GeneratorHarness.Run(("schema.yaml", "schema:\n  languages: [en, en-GB]\nkinds:\n  note:\n    label: Notes\n    fields:\n      text: { type: text, label: { en: Text } }\n"));

        Assert.Equal(
            new[]
            {
                // A label in one piece of text is the first language's: the others lack it, a warning, never an error.
                "seeds/schema.yaml(5,12): warning BRF033: Schema: the kind 'note' lacks labels in the story's languages (en, en-GB): the kind (en-GB), 'text' (en-GB). Briefings show the first language's label or the name instead; add 'label:' with every language (and 'labels:' for an enumeration's values).",
            },
            english.Diagnostics);
        Assert.Empty(GeneratorHarness.Run(("schema.yaml", "schema:\n  languages: [en]\nkinds:\n  note:\n    label: Notes\n    fields:\n      text: text\n")).Diagnostics);
    }

    [Fact]
    public void BRF030_a_story_slug_that_is_not_a_slug_suggests_one()
        => AssertSingle(
            "seeds/story.schema.yaml(2,9): error BRF030: Schema: 'Deepseek Shock' is not a slug; the story's slug names its briefings, so write lower-case ASCII letters and digits joined by single hyphens, such as 'deepseek-shock'.",
            "story.schema.yaml",
            "schema:\n  slug: Deepseek Shock\n");

    [Fact]
    public void BRF030_a_story_slug_set_differently_in_two_files_is_refused_in_the_second()
        => Assert.Equal(
            new[] { "seeds/tale.schema.yaml(2,9): error BRF030: Schema: the slug is already set to 'deepseek-shock' in another schema file; set it once." },
            GeneratorHarness.Run(Samples.EveryTypeWith(("story.schema.yaml", "schema:\n  slug: deepseek-shock\n"), ("tale.schema.yaml", "schema:\n  slug: other-story\n"))).Diagnostics);

    [Fact]
    public void BRF011_a_story_slug_that_is_a_list_is_refused_at_the_list()
        => AssertSingle(
            "seeds/story.schema.yaml(2,9): error BRF011: Expected the story's slug, such as 'deepseek-shock' here, but found a list.",
            "story.schema.yaml",
            "schema:\n  slug: [deepseek, shock]\n");

    [Fact]
    public void BRF031_unknown_field_type_suggests_the_nearest()
    {
        var run = GeneratorHarness.Run(("schema.yaml", "kinds:\n  source:\n    fields:\n      when: dat\n"));

        Assert.Equal(
            new[] { "seeds/schema.yaml(4,13): error BRF031: Schema: 'dat' is not a field type (did you mean 'date'?). Types: text, localized, date, integer, decimal, percent, money, url, bool, enum, ref (structs are declared under 'structs:' before use)." },
            run.Diagnostics);
    }

    [Fact]
    public void BRF032_reference_to_an_undeclared_kind_suggests_the_nearest()
    {
        var run = GeneratorHarness.Run(("schema.yaml", "kinds:\n  person:\n    plural: people\n  quote:\n    fields:\n      speaker: { type: ref, kind: persn }\n"));

        Assert.Equal(
            new[] { "seeds/schema.yaml(6,35): error BRF032: Schema: the field 'speaker' refers to the kind 'persn', which is not declared (did you mean 'person'?). Declare it under 'kinds:', or fix the name." },
            run.Diagnostics);
    }

    [Fact]
    public void A_broken_struct_breaks_the_kinds_that_hold_it_without_a_cascade_of_errors()
    {
        var run = GeneratorHarness.Run(
            ("schema.yaml", "structs:\n  citation:\n    fields:\n      source: { type: ref, kind: nope }\nkinds:\n  source:\n    fields:\n      cite: citation\n  note:\n    fields:\n      about: { type: ref, kind: source }\n  other:\n    fields:\n      text: text\n"),
            ("facts.yaml", "kind: source\nid: a\ncite: { source: a }\n"),
            ("note.yaml", "kind: note\nid: n\nabout: a\n"),
            ("other.yaml", "kind: other\nid: o\ntext: fine\n"));

        Assert.Equal(new[] { "seeds/schema.yaml(4,34): error BRF032" }, run.Places); // no "unknown kind" for the facts of broken kinds
        Assert.Equal(new[] { "Facts.Others.g.cs", "Facts.Types.Other.g.cs", "Facts.g.cs" }, run.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Every_descriptor_has_a_test_here_and_a_row_in_the_release_notes()
    {
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("BRF", System.StringComparison.Ordinal)).Select(n => n.Substring(0, 6)).ToHashSet();
        var ids = DiagnosticDescriptors.Descriptors.Select(d => d.Id).ToList();
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(Briefings.Testing.RepositoryPaths.Root, "generators", "Briefings.Generators", "AnalyzerReleases.Unshipped.md"));

        Assert.Equal(new[] { "BRF099" }, ids.Where(id => !tested.Contains(id))); // BRF099 is for generator bugs: none to provoke
        Assert.All(ids, id => Assert.Contains(id + " |", releases, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_in_one_file_do_not_hide_errors_in_others()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(
            ("bad-1.yaml", "kind: sorce\n"),
            ("bad-2.yaml", "kind: source\nid: x\ntitel: {}\n"),
            ("bad-3.yaml", "kind: source\nid: \"unclosed\n")));

        Assert.Equal(
            new[] { "seeds/bad-1.yaml(1,7): error BRF012", "seeds/bad-2.yaml(3,1): error BRF013", "seeds/bad-3.yaml(2,5): error BRF001" }.OrderBy(s => s, System.StringComparer.Ordinal),
            run.Places.OrderBy(s => s, System.StringComparer.Ordinal));
    }
}
