using System;
using System.IO;
using System.Linq;
using Briefings.Cli.JsonSchemas;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>
/// Wrong values fail validation where they are: each case breaks one value of a valid fact file (the consumer test's
/// story, whose schema has every field type) and expects an error at that instance location.
/// </summary>
public class WrongValueTests
{
    private const string Figure = """
        kind: figure
        id: traffic-drop
        label: { en: Traffic on the ring road, fr: Circulation sur le périphérique }
        change: -12.5%
        cost: 4500000 EUR
        approximate: true
        sources:
          - { source: harbour-gazette, page: 2 }
        """;

    private const string Events = """
        kind: event
        facts:
          - id: bridge-closed
            date: 2025-02-10
            title: { en: The bridge closes, fr: Le pont ferme }
            organisation: city-council
            status: done
            sources: [{ source: council-minutes }]
          - id: festival
            date: 2025
            title: { en: Harbour festival }
            status: cancelled
            sources: [{ source: harbour-gazette }]
        """;

    private const string Source = """
        kind: source
        id: harbour-gazette
        title: { en: Harbour Gazette }
        published: 2025-03
        url: https://example.org/gazette
        """;

    private static readonly Lazy<Validator> Story = new(() => new Validator(Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts")));

    [Fact]
    public void A_localized_value_may_name_its_original_among_its_own_texts()
    {
        var marked = YamlToJson.Convert(Figure.Replace("fr: Circulation sur le périphérique }", "fr: Circulation sur le périphérique, original: fr }", StringComparison.Ordinal));
        Assert.Empty(Story.Value.Errors("figure.schema.json", marked));
        Assert.Empty(Story.Value.Errors(JsonSchemaExport.CombinedName, marked));
    }

    [Theory]
    [InlineData("figure", "change: -12.5%", "change: minus 12.5", "/change")]
    [InlineData("figure", "change: -12.5%", "change: -12,5%", "/change")]
    [InlineData("figure", "cost: 4500000 EUR", "cost: EUR 4500000", "/cost")]
    [InlineData("figure", "cost: 4500000 EUR", "cost: 4,500,000 EUR", "/cost")]
    [InlineData("figure", "approximate: true", "approximate: yes", "/approximate")]
    [InlineData("figure", "page: 2", "page: two", "/sources/0/page")]
    [InlineData("figure", "{ source: harbour-gazette, page: 2 }", "{ source: harbour-gazette, paragraph: 2 }", "/sources/0/paragraph")]
    [InlineData("figure", "{ source: harbour-gazette, page: 2 }", "{ page: 2 }", "/sources/0")]
    [InlineData("figure", "fr: Circulation", "de: Circulation", "/label/de")]
    [InlineData("figure", "fr: Circulation sur le périphérique }", "fr: Circulation sur le périphérique, original: de }", "/label/original")]
    [InlineData("figure", "fr: Circulation sur le périphérique }", "fr: Circulation sur le périphérique, original: [fr] }", "/label/original")]
    [InlineData("events", "title: { en: Harbour festival }", "title: { en: Harbour festival, original: fr }", "/facts/1/title")]
    [InlineData("figure", "id: traffic-drop", "id: Traffic_Drop", "/id")]
    [InlineData("figure", "approximate: true", "approximate: true\ncolour: red", "/colour")]
    [InlineData("figure", "label: { en: Traffic on the ring road, fr: Circulation sur le périphérique }\n", "", "")]
    [InlineData("figure", "kind: figure", "kind: event", "/kind")]
    [InlineData("events", "date: 2025-02-10", "date: 10 February 2025", "/facts/0/date")]
    [InlineData("events", "date: 2025-02-10", "date: 2025-2-10", "/facts/0/date")]
    [InlineData("events", "date: 2025\n", "date: 25\n", "/facts/1/date")]
    [InlineData("events", "status: done", "status: dnoe", "/facts/0/status")]
    [InlineData("events", "organisation: city-council", "organisation: City Council", "/facts/0/organisation")]
    [InlineData("events", "kind: event\n", "kind: event\nid: stray\n", "/id")]
    [InlineData("source", "url: https://example.org/gazette", "url: ftp://example.org/gazette", "/url")]
    [InlineData("source", "published: 2025-03", "published: March 2025", "/published")]
    public void A_wrong_value_fails_at_its_place(string file, string valid, string wrong, string location)
    {
        var text = file switch { "figure" => Figure, "events" => Events, _ => Source };
        var kind = file == "events" ? "event" : file;
        Assert.Empty(Story.Value.Errors(kind + ".schema.json", YamlToJson.Convert(text)));
        Assert.Contains(valid, text, StringComparison.Ordinal);

        var broken = YamlToJson.Convert(text.Replace(valid, wrong, StringComparison.Ordinal));
        var errors = Story.Value.Errors(kind + ".schema.json", broken);
        Assert.NotEmpty(errors);
        Assert.True(errors.Any(e => e.StartsWith(location + ": ", StringComparison.Ordinal)), $"expected an error at '{location}':\n" + string.Join("\n", errors));
        Assert.NotEmpty(Story.Value.Errors(JsonSchemaExport.CombinedName, broken));
    }
}
