using System;
using System.IO;
using System.Linq;
using System.Threading;
using Briefings.Facts.Pipeline;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// The checks a kind declares in the schema (identity and agree, min and max, date-order, must-cite), beyond the
/// bad-input catalogue's cases 120-129: a recorded dispute, dates at their precision, the shipped story's declarations,
/// and an index that only changes with the values the checks read.
/// </summary>
public class DeclaredChecksTests
{
    private const string WireMove = "kind: market-move\nid: nvidia-wire\ndate: 2025-01-27\norganisation: nvidia\nchange: -17%\ndirection: down\nsources:\n  - { source: herald, paragraph: 3 }\n";

    private const string NoteSchema = "kinds:\n  note:\n    label: { en: Notes, zh-Hant: 說明 }\n    present: notes\n    fields:\n"
        + "      text: { type: localized, required: true, role: title, label: { en: Note, zh-Hant: 說明 } }\n"
        + "      disputes: { type: ref, kind: market-move, list: true, role: disputes, label: { en: Disputed, zh-Hant: 存疑 } }\n"
        + "      also: { type: ref, kind: market-move, list: true, label: { en: Also, zh-Hant: 另見 } }\n";

    [Fact]
    public void A_note_whose_disputes_field_lists_both_facts_records_the_dispute()
    {
        static string Note(string field) => $"kind: note\nid: nvidia-fall\ntext: {{ en: Sources differ, zh-Hant: 來源不一 }}\n{field}: [nvidia-2025-01-27, nvidia-wire]\n";

        var recorded = GeneratorHarness.Run(Samples.EveryTypeWith(("wire.yaml", WireMove), ("note.schema.yaml", NoteSchema), ("note.yaml", Note("disputes"))));
        var otherField = GeneratorHarness.Run(Samples.EveryTypeWith(("wire.yaml", WireMove), ("note.schema.yaml", NoteSchema), ("note.yaml", Note("also"))));

        Assert.Empty(recorded.Diagnostics);
        Assert.Equal(2, otherField.Diagnostics.Count(d => d.Contains("warning BRF040", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_disputes_role_is_a_list_of_references()
    {
        var schema = NoteSchema.Replace("{ type: ref, kind: market-move, list: true, role: disputes", "{ type: ref, kind: market-move, role: disputes", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("note.schema.yaml", schema)));

        Assert.Contains(run.Diagnostics, d => d.Contains("error BRF030", StringComparison.Ordinal) && d.Contains("'role: disputes' marks a kind's list of references", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020", false)] // may be any day of 2020, so perhaps after March
    [InlineData("2020-03", false)]
    [InlineData("2020-03-01", false)]
    [InlineData("2020-02-29", true)]
    [InlineData("2019", true)]
    public void A_date_is_out_of_order_only_when_every_day_it_may_mean_is(string dissolved, bool reported)
    {
        var organisation = $"kind: organisation\nid: shortlived\nname: {{ en: Shortlived, zh-Hant: 短命 }}\nfounded: 2020-03\ndissolved: {dissolved}\nsources:\n  - {{ source: herald, paragraph: 5 }}\n";

        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("shortlived.yaml", organisation)));

        Assert.Equal(reported, run.Diagnostics.Any(d => d.Contains("BRF043", StringComparison.Ordinal)));
    }

    [Fact]
    public void Facts_that_leave_out_an_identity_field_identify_nothing()
    {
        var undated = "kind: organisation\nid: unnamed\nname: { en: Nvidia, zh-Hant: 英偉達 }\nsources:\n  - { source: herald, paragraph: 3 }\n";

        var run = GeneratorHarness.Run(Samples.EveryTypeWith(("unnamed.yaml", undated)));

        // Same name as the sample's Nvidia, no 'founded': nothing to disagree on (identity: [name], agree: [founded]).
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void The_shipped_story_declares_checks_and_passes_them()
    {
        var (session, files) = ShippedStory();

        var result = session.Update(files);

        Assert.Empty(result.Diagnostics.Where(d => d.Id is "BRF040" or "BRF041" or "BRF042" or "BRF043" or "BRF044").Select(d => d.Format()));
        var kinds = result.Schema!.Kinds;
        Assert.Equal(["organisation", "date"], kinds.Single(k => k.Name == "market-move").DeclaredChecks.Identity);
        Assert.Equal(["label", "date"], kinds.Single(k => k.Name == "figure").DeclaredChecks.Identity);
        Assert.Equal("said-in", kinds.Single(k => k.Name == "quote").DeclaredChecks.MustCite.Single().Field);
    }

    [Fact]
    public void The_shipped_checks_catch_a_quote_that_stops_citing_where_it_was_said()
    {
        var (session, files) = ShippedStory();
        var quotes = files.Single(f => f.Path.EndsWith("quotes.yaml", StringComparison.Ordinal));
        var edited = quotes.Text!.Replace("paragraph: 10, via: trump-speech-2025-01-27 }", "paragraph: 10 }", StringComparison.Ordinal);
        Assert.NotEqual(quotes.Text, edited);

        var result = session.Update(files.Select(f => f == quotes ? (f.Path, (string?)edited) : f));

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BRF044");
        Assert.Contains("The quote 'trump-wake-up-call' does not cite the source 'trump-speech-2025-01-27' its field 'said-in' names", error.Message, StringComparison.Ordinal);
        // At the quote's 'sources:' key, what to fix: the first one after its id.
        var lines = edited.Split('\n').ToList();
        var id = lines.FindIndex(l => l.Contains("id: trump-wake-up-call", StringComparison.Ordinal));
        Assert.Equal(lines.FindIndex(id, l => l == "    sources:"), error.Location!.StartLine);
        Assert.Equal(4, error.Location.StartColumn);
    }

    [Fact]
    public void The_index_changes_with_a_value_a_check_reads_and_not_with_another()
    {
        var schema = Samples.Schema;
        var model = FactPipeline.ReadSchema([FactPipeline.File(schema.Path, "/seeds", schema.Text)], null, CancellationToken.None).Model;
        var text = Samples.Text("every-type", "nvidia-2025-01-27.yaml");
        Briefings.Facts.Binding.FileIndex FileIndexOf(string edited) => FactPipeline.BindFile(FactPipeline.File("/seeds/move.yaml", "/seeds", edited), model, CancellationToken.None).Index;

        var original = FileIndexOf(text);
        Assert.Equal(original, FileIndexOf(text.Replace("ticker: NVDA", "ticker: NVDX", StringComparison.Ordinal)));
        Assert.NotEqual(original, FileIndexOf(text.Replace("change: -16.86%", "change: -16.87%", StringComparison.Ordinal)));
        Assert.Contains(original.Checked.Single().Values, v => v.Field == "change" && v.Written == "-16.86%");
    }

    private static (FactBaseSession Session, (string Path, string? Text)[] Files) ShippedStory()
    {
        var seeds = Path.Combine(RepositoryPaths.Root, "seeds");
        var files = Directory.EnumerateFiles(seeds, "*.yaml", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + ".", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, (string?)File.ReadAllText(p)))
            .ToArray();
        return (new FactBaseSession(seeds, null), files);
    }
}
