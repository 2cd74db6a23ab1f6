using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Text;
using Briefings.Facts.Emit;
using Briefings.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>Text that tries to break out of generated C#, and YAML that tries to be read as something it is not.</summary>
public class HostileInputTests
{
    public static TheoryData<string> HostileTexts => new()
    {
        "\"\"\" raw string \"\"\"",
        "back\\slash \\u0041 \\n",
        "*/ class Injected { } /*",
        "line one\u2028// class Injected { }",
        "#endif\n#error injected",
        "{ interpolation } {{ x }} }",
        "right-to-left \u202E }; class Evil { \u202C",
        "zero\u200Bwidth \uFEFF",
        "emoji 😀 and 漢字 and עברית",
        "</summary><script>alert(1)</script>&amp;",
        "tab\there and \r carriage",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_stays_inert_and_round_trips_exactly(string hostile)
    {
        var yamlText = "\"" + hostile.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\u2028", "\\L", StringComparison.Ordinal).Replace("\uFEFF", "\\uFEFF", StringComparison.Ordinal) + "\"";
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("hostile.yaml", $"kind: source\nid: hostile\ntitle:\n  en: {yamlText}\n  zh-Hant: {yamlText}\n")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()), c => c.Identifier.Text is "Injected" or "Evil");
        Assert.DoesNotContain(run.Sources, s => s.Source.Contains('\u202E', StringComparison.Ordinal) || s.Source.Contains('\u2028', StringComparison.Ordinal));

        var assembly = GeneratedModelTests.LoadCompiled(run);
        dynamic fact = assembly.GetType("Sample.Facts.Facts+Sources", throwOnError: true)!.GetProperty("Hostile")!.GetValue(null)!;
        Assert.Equal(hostile, (string)fact.Title["en"]);
        Assert.Equal(hostile, (string)fact.Title["zh-Hant"]);
    }

    [Fact]
    public void String_literals_round_trip_every_character_class()
    {
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)(random.Next(4) == 0 ? random.Next(0, 128) : random.Next(0, 0x10000));
            }

            var text = new string(chars);
            var literal = CSharpLiteral.String(text);
            var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);

            Assert.False(parsed.ContainsDiagnostics, literal);
            Assert.Equal(text, parsed.Token.ValueText);
            Assert.DoesNotContain(literal, c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control or UnicodeCategory.Surrogate);
        }
    }

    [Fact]
    public void Schema_descriptions_cannot_break_the_doc_comments()
    {
        var schema = Samples.Schema.Text.Replace("description: A company.", "description: \"*/ </summary> & <b> \\L class Injected { }\"", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("schema.yaml", schema)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(run.Sources, s => s.Source.Contains("&lt;/summary&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_that_are_csharp_keywords_become_valid_members()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("keywords.yaml", "kind: source\nfacts:\n  - id: class\n    title: { en: A, zh-Hant: 甲 }\n  - id: 2025-01-27\n    title: { en: B, zh-Hant: 乙 }\n  - id: var\n    title: { en: C, zh-Hant: 丙 }\n")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var sources = GeneratedModelTests.LoadCompiled(run).GetType("Sample.Facts.Facts+Sources", throwOnError: true)!;
        Assert.NotNull(sources.GetProperty("Class"));
        Assert.NotNull(sources.GetProperty("_2025_01_27"));
        Assert.NotNull(sources.GetProperty("Var"));
    }

    [Fact]
    public void Yaml_1_1_words_and_numbers_stay_text_in_text_fields()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("nvidia-2025-01-27.yaml",
            Samples.Text("every-type", "nvidia-2025-01-27.yaml").Replace("ticker: NVDA", "ticker: no", StringComparison.Ordinal)
                .Replace("tags: [chips, \"record loss\"", "tags: [yes, on, 010, 1e3, .inf, 2001-12-14t21:59:43-05:00", StringComparison.Ordinal))));

        Assert.Empty(run.Diagnostics);
        dynamic move = GeneratedModelTests.LoadCompiled(run).GetType("Sample.Facts.Facts+MarketMoves", throwOnError: true)!.GetProperty("Nvidia2025_01_27")!.GetValue(null)!;
        Assert.Equal("no", (string)move.Ticker);
        Assert.Equal(new[] { "yes", "on", "010", "1e3", ".inf", "2001-12-14t21:59:43-05:00" }, ((IEnumerable)move.Tags).Cast<string>().Take(6));
    }

    [Fact]
    public void A_bom_and_crlf_line_ends_are_accepted_and_positions_stay_right()
    {
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(
            ("crlf.yaml", "\uFEFFkind: source\r\nid: crlf\r\ntitle:\r\n  en: A\r\n  zh-Hant: 甲\r\n"),
            ("crlf-bad.yaml", "\uFEFFkind: source\r\nid: crlf-bad\r\ntitel: x\r\n")));

        Assert.Equal(new[] { "seeds/crlf-bad.yaml(3,1): error BRF013" }, run.Places);
    }

    [Fact]
    public void Thousands_of_files_are_all_checked_and_each_reports_its_own_errors()
    {
        var files = Samples.EveryTypeWith().ToList();
        for (var i = 0; i < 2000; i++)
        {
            files.Add(($"bulk/s{i:D4}.yaml", i % 500 == 0 ? $"kind: source\nid: s{i:D4}\ntitel: x\n" : $"kind: source\nid: s{i:D4}\ntitle: {{ en: S{i}, zh-Hant: 源{i} }}\n"));
        }

        var run = GeneratorHarness.Run(files.ToArray());

        Assert.Equal(new[] { "seeds/bulk/s0000.yaml(3,1): error BRF013", "seeds/bulk/s0500.yaml(3,1): error BRF013", "seeds/bulk/s1000.yaml(3,1): error BRF013", "seeds/bulk/s1500.yaml(3,1): error BRF013" }, run.Places);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Reference_cycles_are_allowed_and_neither_construction_nor_printing_recurses()
    {
        var schema = Samples.Schema.Text.Replace("      listed: { type: bool, default: false, label: { en: Listed, zh-Hant: 上市 } }", "      listed: { type: bool, default: false, label: { en: Listed, zh-Hant: 上市 } }\n      partner: { type: ref, kind: organisation, label: { en: Partner, zh-Hant: 夥伴 } }", StringComparison.Ordinal);
        var organisations = Samples.Text("every-type", "organisations.yaml")
            .Replace("    founded: 2023-07", "    founded: 2023-07\n    partner: nvidia", StringComparison.Ordinal)
            .Replace("    founded: 1993", "    founded: 1993\n    partner: deepseek", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("schema.yaml", schema), ("organisations.yaml", organisations)));

        Assert.Empty(run.Diagnostics);
        var type = GeneratedModelTests.LoadCompiled(run).GetType("Sample.Facts.Facts+Organisations", throwOnError: true)!;
        dynamic deepseek = type.GetProperty("Deepseek")!.GetValue(null)!;
        Assert.Same(deepseek, deepseek.Partner.Value.Partner.Value);
        Assert.Contains("Partner = nvidia", (string)deepseek.ToString(), StringComparison.Ordinal);
        Assert.Equal(deepseek.GetHashCode(), deepseek.GetHashCode());
    }
}
