using System.Linq;
using System.Text.Json.Nodes;
using Briefings.Rendering.Versions;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>The semantic diff: facts compared by id and field, values written in each language as the briefing writes them, corrections tied to what they correct.</summary>
public class DiffTests
{
    private static VersionChanges Compare(ModelState? before, ModelState after) =>
        FactDiff.Compare(before, after, StoryStates.Model.Kinds.Select(k => k.Descriptor).ToList());

    [Fact]
    public void A_changed_number_is_written_in_each_language_with_its_old_value_and_its_qualifiers()
    {
        var before = StoryStates.Working;
        var after = StoryStates.With(before, StoryStates.Nvidia, "change", "-17%");
        after = StoryStates.With(after, StoryStates.Nvidia, "bound", "more-than");
        var changes = Compare(before, after);
        var change = Assert.Single(changes.Facts);
        Assert.Equal((ChangeKind.Changed, "nvidia-2025-01-27"), (change.Change, change.Fact.Id));
        Assert.Equal(["change", "bound"], change.Fields.Select(f => f.Field)); // schema order, not alphabetical

        var text = DiffReport.Text("v1", "working", before, after, changes, StoryStates.Writers());
        Assert.Contains("  Changed: Market moves: Nvidia, January 27, 2025\n    Change: fell more than 17% (was fell 16.86%)\n    Precision: more than (was exactly)\n", text);
        Assert.Contains("  更改：市場走勢：英偉達、2025年1月27日\n    變動：下跌逾17% (原為下跌16.86%)\n", text);
    }

    [Fact]
    public void A_note_added_with_the_change_is_a_correction_of_the_facts_it_refers_to_not_an_added_fact()
    {
        var before = StoryStates.Working;
        var after = StoryStates.Adding(StoryStates.With(before, StoryStates.Nvidia, "change", "-17%"), StoryStates.CorrectionNote);
        var changes = Compare(before, after);
        Assert.Equal([StoryStates.Nvidia], changes.Facts.Select(f => f.Fact.Key));
        var correction = Assert.Single(changes.Corrections);
        Assert.Equal((StoryStates.NoteKey, StoryStates.Nvidia), (correction.Note.Key, Assert.Single(correction.Corrects)));

        var text = DiffReport.Text("v1", "working", before, after, changes, StoryStates.Writers());
        Assert.Contains("  Correction: Contradictory date (corrects Nvidia, January 27, 2025)\n", text);
        Assert.Contains("  更正：日期矛盾 (更正：英偉達、2025年1月27日)\n", text);
    }

    [Fact]
    public void Added_and_removed_facts_and_a_first_version_with_no_corrections()
    {
        var before = StoryStates.Working;
        var removed = new ModelState(before.Facts.Where(f => f.Key != StoryStates.Nvidia).ToDictionary(), before.Shape);
        Assert.Equal(ChangeKind.Removed, Assert.Single(Compare(before, removed).Facts).Change);
        Assert.Equal(ChangeKind.Added, Assert.Single(Compare(removed, before).Facts).Change);

        var first = Compare(null, StoryStates.Adding(before, StoryStates.CorrectionNote));
        Assert.Empty(first.Corrections); // a first version's notes were there from the start: they correct nothing published
        Assert.Equal(before.Facts.Count + 1, first.Facts.Count);
        Assert.All(first.Facts, f => Assert.Equal(ChangeKind.Added, f.Change));
        Assert.True(Compare(before, StoryStates.Working).IsEmpty);
    }

    [Fact]
    public void The_json_report_has_recorded_values_and_their_text_by_language()
    {
        var before = StoryStates.Working;
        var after = StoryStates.With(before, StoryStates.Nvidia, "change", "-17%");
        var json = JsonNode.Parse(DiffReport.Json("v1", "working", before, after, Compare(before, after), StoryStates.Writers().Select(w => w.Writer).ToList()))!;
        var field = json["facts"]![0]!["fields"]![0]!;
        Assert.Equal(("-16.86%", "-17%"), (field["old"]!.GetValue<string>(), field["new"]!.GetValue<string>()));
        Assert.Equal("下跌17%", field["text"]!["zh-Hant"]!["new"]!.GetValue<string>());
        Assert.Equal("fell 16.86%", field["text"]!["en"]!["old"]!.GetValue<string>());
    }
}
