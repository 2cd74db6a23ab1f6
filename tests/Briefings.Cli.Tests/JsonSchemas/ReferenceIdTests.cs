using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Briefings.Cli.JsonSchemas;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>
/// A reference field lists the ids its kind holds, each with the fact's title, so an editor completes them and flags
/// a dangling one: checked on the shipped seeds with a real JSON Schema validator (JsonSchema.Net), as an editor checks.
/// </summary>
public class ReferenceIdTests
{
    private const string MarketMoves = "market-moves/2025-01-27.yaml";

    [Fact]
    public void A_reference_field_lists_the_ids_of_its_kind_with_their_titles_in_ordinal_order()
    {
        var validator = new Validator(RepositoryPaths.Seeds);
        using var marketMove = JsonDocument.Parse(validator.Files.Single(f => f.Name == "market-move.schema.json").Text);
        var root = marketMove.RootElement;

        // market-move.organisation names the organisations' list; the list is every organisation id of the seeds.
        Assert.Equal("#/definitions/ids-organisation", root.GetProperty("properties").GetProperty("organisation").GetProperty("allOf")[0].GetProperty("$ref").GetString());
        var organisations = root.GetProperty("definitions").GetProperty("ids-organisation");
        var ids = organisations.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(IdsInSeeds("organisation"), ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var titles = organisations.GetProperty("enumDescriptions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(ids.Count, titles.Count);
        Assert.Equal("Nvidia", titles[ids.IndexOf("nvidia")]);
        Assert.Equal("21st Century Business Herald", titles[ids.IndexOf("sbh")]);
        Assert.False(organisations.TryGetProperty("markdownEnumDescriptions", out _)); // plain text only: a title is never markup

        // A struct's reference (a citation's source) lists the sources; a title through a reference is the referenced fact's.
        Assert.Equal(IdsInSeeds("source"), root.GetProperty("definitions").GetProperty("ids-source").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        using var note = JsonDocument.Parse(validator.Files.Single(f => f.Name == "editorial-note.schema.json").Text);
        var quotes = note.RootElement.GetProperty("definitions").GetProperty("ids-quote");
        var quoteIds = quotes.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal("Fu Cong", quotes.GetProperty("enumDescriptions")[quoteIds.IndexOf("fu-cong-chain-of-thought")].GetString());
    }

    [Fact]
    public void The_render_steps_ids_from_the_compiled_model_are_the_ids_and_titles_the_pipeline_reads_from_the_facts()
    {
        var compiled = CompiledModelIds.Read(Briefings.Rendering.Loading.ModelLoader.Load(typeof(Briefings.Story.Facts).Assembly.Location));
        var read = JsonSchemaExport.Read(RepositoryPaths.Seeds).Ids;

        Assert.Equal(read.Kinds, compiled.Kinds);
        Assert.All(read.Kinds, kind => Assert.Equal(read.Of(kind), compiled.Of(kind)));
        Assert.Equal(read, compiled);
        Assert.All(read.Kinds, kind => Assert.All(read.Of(kind), id => Assert.NotEqual("", id.Title)));
    }

    [Fact]
    public void A_dangling_id_is_flagged_in_a_single_a_list_and_a_struct_reference_while_the_good_fact_passes()
    {
        var validator = new Validator(RepositoryPaths.Seeds);
        var good = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, MarketMoves));
        Assert.Empty(validator.Errors("market-move.schema.json", YamlToJson.Convert(good)));
        Assert.Empty(validator.Errors(JsonSchemaExport.CombinedName, YamlToJson.Convert(good)));

        var dangling = good.Replace("organisation: nvidia\n", "organisation: nvidiaa\n", StringComparison.Ordinal);
        Assert.NotEqual(good, dangling);
        var errors = validator.Errors("market-move.schema.json", YamlToJson.Convert(dangling));
        Assert.Contains(errors, e => e.StartsWith("/facts/0/organisation: enum:", StringComparison.Ordinal));
        Assert.All(errors.Where(e => e.Contains(": enum:", StringComparison.Ordinal)), e => Assert.StartsWith("/facts/0/organisation: enum:", e, StringComparison.Ordinal));
        Assert.NotEmpty(validator.Errors(JsonSchemaExport.CombinedName, YamlToJson.Convert(dangling)));

        var citation = good.Replace("{ source: sbh-deepseek-article, paragraph: 3 }", "{ source: sbh-deepseek-artcle, paragraph: 3 }", StringComparison.Ordinal);
        Assert.Contains(validator.Errors("market-move.schema.json", YamlToJson.Convert(citation)), e => e.StartsWith("/facts/0/sources/0/source: enum:", StringComparison.Ordinal));

        var events = Directory.GetFiles(Path.Combine(RepositoryPaths.Seeds, "events"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).First(t => t.Contains("organisations: [deepseek", StringComparison.Ordinal));
        Assert.Empty(validator.Errors("event.schema.json", YamlToJson.Convert(events)));
        var listed = events.Replace("organisations: [deepseek", "organisations: [deepseak", StringComparison.Ordinal);
        Assert.Contains(validator.Errors("event.schema.json", YamlToJson.Convert(listed)), e => e.Contains("/organisations/0: enum:", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_facts_never_stop_the_export_it_lists_what_the_reference_check_accepts()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "schema.yaml"), """
            schema: { namespace: Harbour.Story, languages: [en, fr] }
            kinds:
              organisation:
                fields:
                  name: { type: localized, required: true, role: title }
                  founded: { type: date }
              event:
                fields:
                  title: { type: localized, required: true, role: title }
                  by: { type: ref, kind: organisation }
            """);
        File.WriteAllText(Path.Combine(temp.Path, "good.yaml"), "kind: organisation\nid: port-authority\nname: { fr: Autorité portuaire, en: \"Port </script> [x](javascript:alert(1))\" }\n");
        File.WriteAllText(Path.Combine(temp.Path, "bad-field.yaml"), "kind: organisation\nid: city-council\nname: { en: City council }\nfounded: someday\n");
        File.WriteAllText(Path.Combine(temp.Path, "bad-id.yaml"), "kind: organisation\nid: Not A Slug\nname: { en: Nobody }\n");
        File.WriteAllText(Path.Combine(temp.Path, "bad-yaml.yaml"), "kind: organisation\nid: [unclosed\n");

        var (files, errors) = JsonSchemaExport.ExportFolder(temp.Path);
        Assert.Empty(errors);
        using var document = JsonDocument.Parse(files.Single(f => f.Name == "event.schema.json").Text);
        var ids = document.RootElement.GetProperty("definitions").GetProperty("ids-organisation");

        // The fact with a wrong date still declares its id (the build resolves references to it), without a title.
        Assert.Equal(["city-council", "port-authority"], ids.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["", "Port </script> [x](javascript:alert(1))"], ids.GetProperty("enumDescriptions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(files, JsonSchemaExport.ExportFolder(temp.Path).Files);
    }

    [Fact]
    public void A_kind_without_facts_lists_no_id_so_every_reference_to_it_is_flagged()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "schema.yaml"), """
            kinds:
              organisation: { fields: { name: { type: text, required: true } } }
              event: { fields: { by: { type: ref, kind: organisation, list: true } } }
            """);
        File.WriteAllText(Path.Combine(temp.Path, "event.yaml"), "kind: event\nid: opening\nby: [harbour]\n");

        var validator = new Validator(temp.Path);
        using var document = JsonDocument.Parse(validator.Files.Single(f => f.Name == "event.schema.json").Text);
        Assert.Equal(0, document.RootElement.GetProperty("definitions").GetProperty("ids-organisation").GetProperty("enum").GetArrayLength());
        Assert.Contains(validator.Errors("event.schema.json", YamlToJson.Convert("kind: event\nid: opening\nby: [harbour]\n")), e => e.StartsWith("/by/0: enum:", StringComparison.Ordinal));
        Assert.Empty(validator.Errors("event.schema.json", YamlToJson.Convert("kind: event\nid: opening\nby: []\n")));
    }

    /// <summary>Every id of a kind in the seeds, read from the YAML files themselves (not through the exporter).</summary>
    private static string[] IdsInSeeds(string kind) => FactFileValidationTests.FactFiles(RepositoryPaths.Seeds)
        .Select(f => YamlToJson.Convert(File.ReadAllText(f)))
        .Where(d => d.GetProperty("kind").GetString() == kind)
        .SelectMany(d => d.TryGetProperty("facts", out var facts) ? facts.EnumerateArray().Select(f => f.GetProperty("id").GetString()!) : [d.GetProperty("id").GetString()!])
        .Order(StringComparer.Ordinal)
        .ToArray();
}
