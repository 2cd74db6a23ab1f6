using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Briefings.Facts.Pipeline;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// The watch loop's <see cref="FactBaseSession"/> must be the generator by another door: same diagnostics at the
/// same places, same fact data byte for byte, and only the edited file read again.
/// </summary>
public class FactBaseSessionTests
{
    private static List<(string Path, string? Text)> Texts(IEnumerable<AdditionalText> files)
        => files.Select(f => (f.Path, (string?)f.GetText()?.ToString())).ToList();

    private static List<string> Format(FactBaseResult result)
        => result.Diagnostics.Select(d => d.ToDiagnostic())
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(GeneratorHarness.Format)
            .ToList();

    /// <summary>The body of a kind's <c>Data</c> literal in the generated source, as the bytes the compiler stores.</summary>
    internal static string LiteralBody(string source)
    {
        const string open = " data => \"\"\"\n";
        var start = source.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            Assert.Contains(" data => \"\";", source, StringComparison.Ordinal);
            return string.Empty;
        }

        var end = source.IndexOf("\"\"\";", start, StringComparison.Ordinal);
        var lines = source[(start + open.Length)..end].TrimEnd(' ').TrimEnd('\n').Split('\n');
        var indent = source[..end].Length - source[..end].TrimEnd(' ').Length;
        return string.Join("\n", lines.Select(l => l[indent..]));
    }

    [Fact]
    public void The_session_gives_the_generators_fact_data_for_every_kind()
    {
        var files = Samples.Files("every-type");
        var run = GeneratorHarness.Run(files);
        var result = new FactBaseSession(GeneratorHarness.FactsRoot, null).Update(Texts(files));

        Assert.False(result.HasErrors);
        Assert.NotEmpty(result.DataByKind);
        foreach (var (kind, data) in result.DataByKind)
        {
            var catalogName = kind switch { "market-move" => "MarketMoves", "organisation" => "Organisations", "source" => "Sources", _ => throw new InvalidOperationException(kind) };
            var source = run.Sources.Single(s => s.HintName == $"Facts.{catalogName}.g.cs").Source;
            Assert.Equal(LiteralBody(source), Encoding.UTF8.GetString(data));
        }

        var root = run.Sources.Single(s => s.HintName == "Facts.g.cs").Source;
        Assert.Contains($"SchemaFingerprint = \"{result.SchemaFingerprint}\"", root, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInput.BadInputCatalogueTests.Entries), MemberType = typeof(BadInput.BadInputCatalogueTests))]
    public void The_session_reports_what_the_generator_reports_for_each_bad_input(string entry)
    {
        var bytes = File.ReadAllBytes(Path.Combine(BadInput.BadInputCatalogueTests.Folder(), entry + ".yaml"));
        var files = Samples.EveryTypeWith().Select(f => GeneratorHarness.File(f.Path, f.Text)).ToList();
        files.Add(GeneratorHarness.File(entry + ".yaml", bytes));

        var run = GeneratorHarness.Run(files);
        var result = new FactBaseSession(GeneratorHarness.FactsRoot, null).Update(Texts(files));

        Assert.Equal(run.Diagnostics, Format(result));
    }

    [Fact]
    public void An_edit_rebinds_only_that_file_and_a_schema_edit_rebinds_all()
    {
        var files = Texts(Samples.Files("every-type"));
        var session = new FactBaseSession(GeneratorHarness.FactsRoot, null);
        var first = session.Update(files);
        var factFiles = files.Count(f => !f.Path.EndsWith("schema.yaml", StringComparison.Ordinal));
        Assert.Equal(factFiles, first.FilesBound);

        Assert.Equal(0, session.Update(files).FilesBound);

        var edited = files.Single(f => f.Path.EndsWith("/organisations.yaml", StringComparison.Ordinal));
        var renamed = edited.Text!.Replace("Nvidia", "NVIDIA Corporation", StringComparison.Ordinal);
        Assert.NotEqual(edited.Text, renamed);
        var second = session.Update(new[] { (edited.Path, (string?)renamed) });
        Assert.Equal(1, second.FilesBound);
        Assert.Contains("NVIDIA Corporation", Encoding.UTF8.GetString(second.DataByKind["organisation"]), StringComparison.Ordinal);

        // A comment in the schema changes no model: nothing is re-bound and the fingerprint stays.
        var schema = files.Single(f => f.Path.EndsWith("schema.yaml", StringComparison.Ordinal));
        var third = session.Update(new[] { (schema.Path, (string?)("# a comment\n" + schema.Text)) });
        Assert.Equal(0, third.FilesBound);
        Assert.Equal(first.SchemaFingerprint, third.SchemaFingerprint);

        // A new field changes the model: every fact file is bound again, and the fingerprint tells the tool to rebuild.
        var grown = schema.Text!.Replace("      listed: { type: bool, default: false, label: { en: Listed, zh-Hant: 上市 } }\n", "      listed: { type: bool, default: false, label: { en: Listed, zh-Hant: 上市 } }\n      motto: { type: text, label: { en: Motto, zh-Hant: 格言 } }\n", StringComparison.Ordinal);
        Assert.NotEqual(schema.Text, grown);
        var fourth = session.Update(new[] { (schema.Path, (string?)grown) });
        Assert.Equal(factFiles, fourth.FilesBound);
        Assert.NotEqual(first.SchemaFingerprint, fourth.SchemaFingerprint);

        // Deleting a fact file drops its facts and reports the references that now dangle.
        var deleted = session.Update(new[] { (edited.Path, (string?)null) });
        Assert.Equal(0, deleted.FilesBound);
        Assert.DoesNotContain("NVIDIA Corporation", Encoding.UTF8.GetString(deleted.DataByKind["organisation"]), StringComparison.Ordinal);
        Assert.Contains(Format(deleted), d => d.Contains("BRF017", StringComparison.Ordinal));
    }
}
