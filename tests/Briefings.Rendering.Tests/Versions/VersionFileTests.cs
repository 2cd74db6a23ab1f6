using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Versions;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>A version file is canonical, round-trips byte for byte, and refuses a corrupt or hand-edited file at its place.</summary>
public class VersionFileTests
{
    private static readonly VersionTime At = VersionTime.Parse("2025-01-28T09:00:00Z", out _)!.Value;

    private static (PublishedVersion? Version, List<RenderDiagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new List<RenderDiagnostic>();
        return (VersionFile.Read(text, "seeds/versions/x.json", diagnostics), diagnostics);
    }

    private static int LineOf(string text, string part) => text[..text.IndexOf(part, System.StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void The_same_facts_and_time_give_the_same_bytes_and_read_back_to_them()
    {
        var text = VersionFile.Write(At, StoryStates.Working);
        Assert.Equal(text, VersionFile.Write(At, StoryStates.Working));
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
        Assert.StartsWith("{\n  \"format\": \"briefings-version/1\",\n  \"published\": \"2025-01-28T09:00:00Z\",\n", text);
        Assert.Contains("\"change\": \"-16.86%\"", text);
        Assert.Contains("英偉達", text); // text unescaped, readable in a diff

        var (version, diagnostics) = Read(text);
        Assert.Empty(diagnostics);
        Assert.Equal(At, version!.Time);
        Assert.Equal(text, VersionFile.Write(version.Time, version.State));
        Assert.Equal(StoryStates.Model.All.Count, version.State.Facts.Count);
    }

    [Fact]
    public void A_value_edited_by_hand_is_BRF121_at_the_digest()
    {
        var text = VersionFile.Write(At, StoryStates.Working).Replace("\"-16.86%\"", "\"-17%\"", System.StringComparison.Ordinal);
        var (version, diagnostics) = Read(text);
        Assert.Null(version);
        var diagnostic = Assert.Single(diagnostics);
        // The digest follows the schema's lines (one per field), in the header before the facts.
        var digestLine = text.Split('\n').ToList().FindIndex(line => line.StartsWith("  \"digest\":", System.StringComparison.Ordinal)) + 1;
        Assert.True(digestLine > 5, text[..200]);
        Assert.Equal(("BRF121", digestLine, 3), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("2025-01-28T09:00:00Z was changed after it was published", diagnostic.Message);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_BRF120_at_its_line()
    {
        var text = VersionFile.Write(At, StoryStates.Working);
        var broken = text.Replace("\"schema\":", "\"schema\" ", System.StringComparison.Ordinal);
        var (version, diagnostics) = Read(broken);
        Assert.Null(version);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("BRF120", 4), (diagnostic.Id, diagnostic.Line));
        Assert.Contains("not valid JSON", diagnostic.Message);
    }

    [Theory]
    [InlineData("\"published\": \"2025-01-28T09:00:00Z\"", "\"published\": \"yesterday\"", "'yesterday' is not a time of publication")]
    [InlineData("\"published\": \"2025-01-28T09:00:00Z\"", "\"published\": \"2025-02-30\"", "'2025-02-30' is not a real date or time")]
    [InlineData("\"format\": \"briefings-version/1\"", "\"format\": \"briefings-version/9\"", "the format 'briefings-version/9' is not briefings-version/1")]
    [InlineData("\"digest\": \"", "\"digest\": 7, \"x\": \"", "'digest' is missing or not a text")]
    public void A_broken_header_is_BRF120_at_its_member(string from, string to, string message)
    {
        var text = VersionFile.Write(At, StoryStates.Working);
        var member = from[..from.IndexOf(':', System.StringComparison.Ordinal)];
        var (version, diagnostics) = Read(text.Replace(from, to, System.StringComparison.Ordinal));
        Assert.Null(version);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("BRF120", LineOf(text, member), 3), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void A_fact_that_is_not_an_object_is_BRF120_at_its_key()
    {
        var text = VersionFile.Write(At, StoryStates.Working);
        var start = text.IndexOf("\"claim/a-miracle\": {", System.StringComparison.Ordinal);
        var broken = text[..start] + "\"claim/a-miracle\": 3, \"unused\": {" + text[(start + "\"claim/a-miracle\": {".Length)..];
        var (version, diagnostics) = Read(broken);
        Assert.Null(version);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("BRF120", LineOf(text, "\"claim/a-miracle\""), 5), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("the fact 'claim/a-miracle' is not 'kind/id'", diagnostic.Message);
    }
}
