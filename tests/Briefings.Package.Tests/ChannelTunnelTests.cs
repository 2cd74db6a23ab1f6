using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Package.Tests.Infrastructure;
using Briefings.Snapshots;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>
/// The second story, as a desk would keep it: the Channel Tunnel (ChannelTunnel/facts: 27 facts in English and French,
/// each cited to a public article), put into a fresh starter made from the packed packages. Its briefings are
/// snapshot-tested by the starter's own test project against ChannelTunnel/verified; its timeline runs in date order;
/// its French page shows none of the schema's English labels.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public partial class ChannelTunnelTests(PackedFeed feed)
{
    private static string Fixture => Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "ChannelTunnel");

    [Fact]
    public void The_channel_tunnel_story_built_from_the_starter_passes_its_snapshot_test_in_date_order_without_English_labels_in_French()
    {
        using var temp = new TempFolder("briefings-channel-tunnel");
        var starter = Starter.Create(feed, temp.Path, "ChannelTunnel");
        Directory.Delete(Path.Combine(starter.Story, "facts"), recursive: true);
        ConsumerTests.CopyFolder(Path.Combine(Fixture, "facts"), Path.Combine(starter.Story, "facts"));
        foreach (var shipped in Directory.GetFiles(starter.Tests, "*.verified.*"))
        {
            File.Delete(shipped);
        }

        foreach (var verified in Directory.GetFiles(Path.Combine(Fixture, "verified")))
        {
            File.Copy(verified, Path.Combine(starter.Tests, Path.GetFileName(verified)));
        }

        var test = starter.Shell(starter.Folder, "dotnet test");
        if (test.ExitCode != 0 && Snapshot.Accepting)
        {
            Assert.True(starter.Shell(starter.Folder, $"{Snapshot.AcceptVariable}=1 dotnet test").ExitCode == 0, test.Output);
            foreach (var old in Directory.GetFiles(Path.Combine(Fixture, "verified")))
            {
                File.Delete(old);
            }

            foreach (var verified in Directory.GetFiles(starter.Tests, "*.verified.*"))
            {
                File.Copy(verified, Path.Combine(Fixture, "verified", Path.GetFileName(verified)));
            }
        }

        Assert.True(test.ExitCode == 0 || Snapshot.Accepting, $"Review, then accept with {Snapshot.AcceptVariable}=1 dotnet test tests/Briefings.Package.Tests --filter ChannelTunnelTests:\n{test.Output}");
        var briefings = Path.Combine(starter.Story, "briefings");
        Assert.Equal(
            ["channel-tunnel.en.html", "channel-tunnel.en.md", "channel-tunnel.en.timeline.json", "channel-tunnel.fr.html", "channel-tunnel.fr.md", "channel-tunnel.fr.timeline.json", "channel-tunnel.model.json"],
            Directory.GetFiles(briefings).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());

        AssertTimelineInDateOrder(briefings);
        AssertNoEnglishLabel(File.ReadAllText(Path.Combine(briefings, "channel-tunnel.fr.html")));
    }

    /// <summary>The timeline's events, in the TimelineJS file and as the French page shows them, run from 1802 to 2007.</summary>
    private static void AssertTimelineInDateOrder(string briefings)
    {
        using var timeline = JsonDocument.Parse(File.ReadAllText(Path.Combine(briefings, "channel-tunnel.fr.timeline.json")));
        var events = timeline.RootElement.GetProperty("events").EnumerateArray().Select(e => (
            Headline: e.GetProperty("text").GetProperty("headline").GetString()!,
            Date: Part(e, "year") * 10000 + Part(e, "month") * 100 + Part(e, "day"))).ToArray();
        Assert.Equal(13, events.Length);
        Assert.Equal(events.OrderBy(e => e.Date).Select(e => e.Headline), events.Select(e => e.Headline));
        Assert.Equal(1802_00_00, events[0].Date);
        Assert.Equal(2007_11_14, events[^1].Date);

        var page = WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(briefings, "channel-tunnel.fr.html")));
        var positions = events.Select(e => page.IndexOf(e.Headline, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);

        static int Part(JsonElement e, string name) => e.GetProperty("start_date").TryGetProperty(name, out var v) ? v.GetInt32() : 0;
    }

    /// <summary>Every label the schema gives in English and French, where the two differ: the French page shows the French.</summary>
    private static void AssertNoEnglishLabel(string html)
    {
        var text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " "));
        var labels = LabelPair().Matches(File.ReadAllText(Path.Combine(Fixture, "facts", "schema.yaml")))
            .Select(m => (English: m.Groups["en"].Value.Trim(), French: m.Groups["fr"].Value.Trim()))
            .Where(l => l.English != l.French)
            .ToArray();
        Assert.True(labels.Length >= 15, "too few labels read from the schema: " + labels.Length);
        var shown = labels.Where(l => Regex.IsMatch(text, $@"\b{Regex.Escape(l.English)}\b")).Select(l => l.English).ToArray();
        Assert.True(shown.Length == 0, "English labels on the French page: " + string.Join(", ", shown));
        Assert.Contains("Chronologie", text, StringComparison.Ordinal);
        Assert.Contains("Chiffres clés", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{ en: (?<en>[^,}]+), fr: (?<fr>[^}]+) \}")]
    private static partial Regex LabelPair();
}
