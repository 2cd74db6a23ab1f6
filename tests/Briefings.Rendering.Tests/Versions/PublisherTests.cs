using System.IO;
using System.Linq;
using Briefings.Rendering.Versions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>Publishing: the time from --at or the masthead, never the clock; the same facts twice is a message; a bad time is BRF124.</summary>
public class PublisherTests
{
    private static string Versions(TempFolder temp) => Path.Combine(temp.Path, "versions");

    [Fact]
    public void Without_at_the_first_version_takes_the_masthead_date_and_the_same_facts_again_write_nothing()
    {
        using var temp = new TempFolder();
        var first = Publisher.Publish(StoryStates.Model, Versions(temp), temp.Path, at: null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal("Published the version of 2025-01: versions/2025-01.json (the first version, 113 facts).", first.Message);
        Assert.Equal(VersionFile.Write(VersionTime.Parse("2025-01", out _)!.Value, StoryStates.Working), File.ReadAllText(first.Written!));

        var again = Publisher.Publish(StoryStates.Model, Versions(temp), temp.Path, at: "2025-02-01");
        Assert.True(again.Succeeded);
        Assert.Null(again.Written);
        Assert.Equal("Nothing to publish: the facts are those of the version published at 2025-01 (versions/2025-01.json).", again.Message);
        Assert.Single(Directory.GetFiles(Versions(temp)));
    }

    [Fact]
    public void Changed_facts_publish_at_the_given_time_with_what_changed()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Versions(temp));
        var older = StoryStates.With(StoryStates.Working, StoryStates.Nvidia, "change", "-17%");
        File.WriteAllText(Path.Combine(Versions(temp), "2025-01.json"), VersionFile.Write(VersionTime.Parse("2025-01", out _)!.Value, older));
        var outcome = Publisher.Publish(StoryStates.Model, Versions(temp), temp.Path, "2025-01-29T09:00:00Z");
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal("Published the version of 2025-01-29T09:00:00Z: versions/2025-01-29T09-00-00Z.json (1 fact(s) added, removed or changed, 0 correction(s)).", outcome.Message);
    }

    [Theory]
    [InlineData("tomorrow", "--at: error BRF124: Cannot publish: 'tomorrow' is not a time of publication")]
    [InlineData("2025-01-28T09:00:00+08:00", "--at: error BRF124: Cannot publish: '2025-01-28T09:00:00+08:00' is not a time of publication")]
    [InlineData("2025-13-01", "--at: error BRF124: Cannot publish: '2025-13-01' is not a real date or time")]
    [InlineData("2024-12-31", "briefings: error BRF124: Cannot publish: 2024-12-31 is not after the last version, published at 2025-01 (versions/2025-01.json)")]
    public void A_bad_or_earlier_time_is_BRF124_and_writes_nothing(string at, string expected)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Versions(temp));
        var older = StoryStates.With(StoryStates.Working, StoryStates.Nvidia, "change", "-17%");
        File.WriteAllText(Path.Combine(Versions(temp), "2025-01.json"), VersionFile.Write(VersionTime.Parse("2025-01", out _)!.Value, older));
        var outcome = Publisher.Publish(StoryStates.Model, Versions(temp), temp.Path, at);
        Assert.False(outcome.Succeeded);
        Assert.StartsWith(expected, Assert.Single(outcome.Diagnostics).ToString());
        Assert.Single(Directory.GetFiles(Versions(temp)));
    }

    [Fact]
    public void A_versions_folder_with_errors_publishes_nothing()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Versions(temp));
        File.WriteAllText(Path.Combine(Versions(temp), "2025-01.json"), "{ not json");
        var outcome = Publisher.Publish(StoryStates.Model, Versions(temp), temp.Path, "2025-02-01");
        Assert.Equal("BRF120", Assert.Single(outcome.Diagnostics).Id);
        Assert.Single(Directory.GetFiles(Versions(temp)));
    }
}
