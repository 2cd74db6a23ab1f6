using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Versions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>The versions folder read whole: ordered by time, and refused at each file's place when two share a moment or the schema changed.</summary>
public class VersionHistoryTests
{
    private static VersionTime Time(string text) => VersionTime.Parse(text, out _)!.Value;

    private static (VersionHistory History, List<RenderDiagnostic> Diagnostics) Load(TempFolder temp)
    {
        var diagnostics = new List<RenderDiagnostic>();
        var history = VersionHistory.Load(Path.Combine(temp.Path, "versions"), temp.Path, ModelState.ShapeOf(StoryStates.Model), diagnostics);
        return (history, diagnostics);
    }

    private static void Write(TempFolder temp, string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, "versions"));
        File.WriteAllText(Path.Combine(temp.Path, "versions", name), text);
    }

    [Fact]
    public void Versions_are_read_oldest_first_whatever_their_file_names()
    {
        using var temp = new TempFolder();
        var changed = StoryStates.With(StoryStates.Working, StoryStates.Nvidia, "change", "-17%");
        Write(temp, "b.json", VersionFile.Write(Time("2025-01"), StoryStates.Working));
        Write(temp, "a.json", VersionFile.Write(Time("2025-01-29T09:00:00Z"), changed));
        var (history, diagnostics) = Load(temp);
        Assert.Empty(diagnostics);
        Assert.Equal(["2025-01", "2025-01-29T09:00:00Z"], history.Versions.Select(v => v.Time.ToString()));
        Assert.Equal("versions/a.json", history.Latest!.File);
    }

    [Fact]
    public void A_missing_folder_is_no_version()
    {
        using var temp = new TempFolder();
        var (history, diagnostics) = Load(temp);
        Assert.Empty(diagnostics);
        Assert.Empty(history.Versions);
    }

    [Theory]
    [InlineData("2025-01-28T09:00:00Z", "2025-01-28T09:00:00Z")]
    [InlineData("2025-01", "2025-01-01T00:00:00Z")] // a month and its first instant cannot be ordered either
    public void Two_versions_at_one_moment_are_BRF122_at_both_each_naming_the_other(string first, string second)
    {
        using var temp = new TempFolder();
        Write(temp, "one.json", VersionFile.Write(Time(first), StoryStates.Working));
        Write(temp, "one (copy).json", VersionFile.Write(Time(second), StoryStates.Working));
        var (history, diagnostics) = Load(temp);
        Assert.Empty(history.Versions);
        Assert.Equal(
            [
                ("versions/one (copy).json", 3, 3, "versions/one.json"),
                ("versions/one.json", 3, 3, "versions/one (copy).json"),
            ],
            diagnostics.Select(d => (d.File!, d.Line, d.Column, d.Message.Contains("the other is 'versions/one.json'") ? "versions/one.json" : d.Message.Contains("the other is 'versions/one (copy).json'") ? "versions/one (copy).json" : d.Message)).OrderBy(d => d.Item1));
        Assert.All(diagnostics, d => Assert.Equal("BRF122", d.Id));
    }

    [Fact]
    public void A_version_whose_field_was_retyped_is_BRF123_at_its_schema_naming_the_field()
    {
        using var temp = new TempFolder();
        var shape = StoryStates.Working.Shape.Replace("market-move.change:percent>", "market-move.change:decimal>", StringComparison.Ordinal);
        Assert.NotEqual(StoryStates.Working.Shape, shape);
        Write(temp, "2025-01.json", VersionFile.Write(Time("2025-01"), new ModelState(StoryStates.Working.Facts, shape)));
        var (history, diagnostics) = Load(temp);
        Assert.Empty(history.Versions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("BRF123", "versions/2025-01.json", 4, 3), (diagnostic.Id, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("it has 'market-move.change:decimal>()', the schema now 'market-move.change:percent>()'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_that_only_grew_still_reads_older_versions_but_a_dropped_word_does_not()
    {
        var current = ModelState.ShapeOf(StoryStates.Model);
        var lines = current.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // A version from before a field and a kind were added, and before an enumeration gained a word.
        var older = string.Concat(lines.Where(l => !l.StartsWith("quote.said-in:", StringComparison.Ordinal) && !l.StartsWith("figure.", StringComparison.Ordinal))
            .Select(l => l.StartsWith("market-move.direction:", StringComparison.Ordinal) ? "market-move.direction:enum>(up)\n" : l + "\n"));
        Assert.NotEqual(current, older);
        Assert.Null(ModelState.Incompatibility(older, current));

        var dropped = current.Replace("market-move.direction:enum>(up,down)", "market-move.direction:enum>(up,down,sideways)", StringComparison.Ordinal);
        Assert.NotEqual(current, dropped);
        Assert.Equal(("market-move.direction:enum>(up,down,sideways)", "market-move.direction:enum>(up,down)"), ModelState.Incompatibility(dropped, current));
        Assert.Equal(("quote.said-in:ref>source()", "no such field"), ModelState.Incompatibility(current, current.Replace("quote.said-in:ref>source()\n", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_shape_ignores_labels_but_not_fields()
    {
        var shape = ModelState.ShapeOf(StoryStates.Model);
        Assert.Contains("market-move.change:percent>()\n", shape, StringComparison.Ordinal);
        Assert.Equal(shape, ModelState.ShapeOf(new Briefings.Story.FactsModel()));
        Assert.NotEqual(shape, ModelState.ShapeOf(HostileFacts.Model));
    }
}
