using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Briefings.Facts.Pipeline;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// The generated model meets the runtime's contract (IFactModel, IFactRecord, descriptors): what tools read through it
/// is what the typed properties hold, and swapping fact data while others read never shows half of a swap.
/// </summary>
public class ModelContractTests
{
    private static IFactModel Load(GeneratorRun run)
        => GeneratedModelTests.LoadCompiled(run).GetCustomAttribute<FactModelAttribute>()!.CreateModel();

    [Fact]
    public void The_model_describes_every_kind_and_field_and_gives_the_same_values_as_the_typed_properties()
    {
        var model = Load(GeneratorHarness.Run(Samples.Files("every-type")));

        Assert.Equal(["en", "zh-Hant"], model.Languages);
        Assert.Null(model.Slug);
        // Kinds in the order the schema declares them; all facts by kind name, then id.
        Assert.Equal(["source", "organisation", "market-move"], model.Kinds.Select(k => k.Descriptor.Name));
        Assert.Equal(["Sources", "Organisations", "MarketMoves"], model.Kinds.Select(k => k.Descriptor.CatalogName));
        Assert.Equal(model.Kinds.OrderBy(k => k.Descriptor.Name, StringComparer.Ordinal).SelectMany(k => k.Facts), model.All);

        var values = 0;
        foreach (var fact in model.All)
        {
            Assert.Same(fact, model.Kinds.Single(k => k.Descriptor.Name == fact.Kind).Find(fact.Id));
            foreach (var field in fact.Descriptor.Fields)
            {
                // Test code may reflect: it checks that the generated switch maps each field to its own property.
                var property = fact.GetType().GetProperty(field.MemberName)!.GetValue(fact);
                Assert.Equal(property, fact.GetValue(field));
                values++;
            }
        }

        Assert.Equal(12 + (2 * 6) + (2 * 3), values); // a market move, two organisations, two sources (fields each)
        var move = model.Kinds[2].Find("nvidia-2025-01-27")!;
        var direction = move.Descriptor.Field("direction")!;
        Assert.Equal(FieldType.Enum, direction.Type);
        Assert.Equal(["up", "down"], direction.EnumValues);
        Assert.Equal("down", direction.EnumWord((Enum)move.GetValue(direction)!));
        Assert.Equal("regular", move.Descriptor.Field("session")!.EnumWord((Enum)move.GetValue(move.Descriptor.Field("session")!)!));

        var organisation = move.Descriptor.Field("organisation")!;
        Assert.Equal(("organisation", FieldType.Ref, false), (organisation.Target, organisation.Type, organisation.IsList));
        Assert.Equal("nvidia", ((IRef)move.GetValue(organisation)!).Target.Id);
        Assert.Same(move.Descriptor.Field("sources"), move.Descriptor.Citations);
        var citation = Assert.IsAssignableFrom<IFactRecord>(((IEnumerable)move.GetValue(move.Descriptor.Citations!)!).Cast<object>().Single());
        Assert.Equal(["source", "paragraph"], citation.Descriptor.Fields.Select(f => f.Name));
        Assert.Equal(3L, citation.GetValue(citation.Descriptor.Field("paragraph")!));
        Assert.Null(citation.Descriptor.CatalogName);
    }

    [Fact]
    public void The_descriptors_carry_the_schemas_labels_presentations_and_roles()
    {
        var model = Load(GeneratorHarness.Run(Samples.Files("every-type")));
        var move = model.Kinds.Single(k => k.Descriptor.Name == "market-move").Descriptor;

        Assert.Equal(new Dictionary<string, string> { ["en"] = "Market moves", ["zh-Hant"] = "市場走勢" }, move.Label);
        Assert.Equal(["chart", "profiles", "sources"], model.Kinds.Select(k => k.Descriptor.Presentation).Order(StringComparer.Ordinal));
        Assert.Equal("市場走勢", move.LabelIn("zh-Hant", "en"));
        Assert.Equal([FieldRole.Date, FieldRole.Title, FieldRole.Value, FieldRole.Group], move.Fields.Where(f => f.Role is not (FieldRole.None or FieldRole.Citations)).Select(f => f.Role));
        Assert.Equal("organisation", move.WithRole(FieldRole.Title)!.Name);
        var direction = move.Field("direction")!;
        Assert.Equal("變動", move.Field("change")!.LabelIn("zh-Hant", "en"));
        Assert.Equal(["up", "down"], direction.EnumLabels.Keys.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("下跌", direction.EnumLabelIn("down", "zh-Hant", "en"));
        Assert.Equal("fell", direction.EnumLabelIn("down", "en", "en"));

        var citation = ((IFactRecord)((IEnumerable)model.Kinds.Single(k => k.Descriptor.Name == "organisation").Facts[0].GetValue(model.Kinds.Single(k => k.Descriptor.Name == "organisation").Descriptor.Citations!)!).Cast<object>().First()).Descriptor;
        Assert.Null(citation.Presentation); // a struct is not presented on its own
        Assert.Equal("出處", citation.LabelIn("zh-Hant", "en"));
    }

    [Fact]
    public void A_field_of_another_record_is_refused_and_the_schema_slug_reaches_the_model()
    {
        var schema = Samples.Text("every-type", "schema.yaml").Replace("  catalog: Facts\n", "  catalog: Facts\n  slug: every-type\n", StringComparison.Ordinal);
        Assert.Contains("slug: every-type", schema, StringComparison.Ordinal);
        var model = Load(GeneratorHarness.Run(Samples.EveryTypeWith(("schema.yaml", schema))));

        Assert.Equal("every-type", model.Slug);
        var move = model.Kinds.Single(k => k.Descriptor.Name == "market-move").Facts[0];
        var foreign = model.Kinds.Single(k => k.Descriptor.Name == "organisation").Descriptor.Fields[0];
        Assert.Throws<ArgumentException>(() => move.GetValue(foreign));
    }

    [Fact]
    public async Task Swapping_fact_data_while_other_threads_read_never_shows_a_mix_of_old_and_new_facts()
    {
        var files = Samples.Files("every-type");
        var model = Load(GeneratorHarness.Run(files));
        var swap = Assert.IsAssignableFrom<IFactDataSwap>(model);
        var texts = files.Select(f => (f.Path, (string?)f.GetText()!.ToString())).ToList();
        var before = new FactBaseSession(GeneratorHarness.FactsRoot, null).Update(texts).DataByKind;

        // The same facts with both organisations founded in 2001: a reader must see both old years or both new.
        var edited = texts.Select(t => t.Path.EndsWith("organisations.yaml", StringComparison.Ordinal)
            ? (t.Path, (string?)t.Item2!.Replace("founded: 2023-07", "founded: 2001", StringComparison.Ordinal).Replace("founded: 1993", "founded: 2001", StringComparison.Ordinal))
            : t).ToList();
        var after = new FactBaseSession(GeneratorHarness.FactsRoot, null).Update(edited).DataByKind;
        Assert.NotEqual(before["organisation"], after["organisation"]);

        var organisations = model.Kinds.Single(k => k.Descriptor.Name == "organisation");
        var founded = organisations.Descriptor.Field("founded")!;
        string Years() => string.Join(",", organisations.Facts.Select(f => f.GetValue(founded)!.ToString()));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var local = new HashSet<string>(StringComparer.Ordinal);
            while (!stop.IsCancellationRequested)
            {
                local.Add(Years());
                Assert.Equal(5, model.All.Count);
                Assert.NotNull(organisations.Find("nvidia"));
            }

            return local;
        })).ToArray();

        for (var i = 0; i < 2_000; i++)
        {
            swap.ReplaceFactData(i % 2 == 0 ? after : new Dictionary<string, byte[]>(before));
        }

        // The last swap wins even while readers are decoding the one before it: no reader publishes stale facts.
        swap.ReplaceFactData(after);
        await Task.Delay(50);
        await stop.CancelAsync();
        foreach (var local in await Task.WhenAll(readers))
        {
            seen.UnionWith(local);
        }

        Assert.Equal("2001,2001", Years());
        swap.ReplaceFactData(null);
        Assert.Subset(new HashSet<string>(["2023-07,1993", "2001,2001"], StringComparer.Ordinal), seen);
        Assert.Equal("2023-07,1993", Years());
    }

    [Fact]
    public void The_generator_accepts_exactly_the_bound_and_direction_words_the_renderer_words()
    {
        Assert.Equal(QuantityWords.Bounds, Briefings.Facts.Schema.FieldRoleRules.BoundWords);
        Assert.Equal(QuantityWords.Directions, Briefings.Facts.Schema.FieldRoleRules.DirectionWords);
        Assert.Equal(
            Enum.GetNames<FieldRole>().Skip(1).Select(n => n.ToLowerInvariant()),
            Briefings.Facts.Schema.FieldRoleRules.Roles);
    }

    [Fact]
    public void The_pipeline_and_the_runtime_name_field_types_and_roles_alike()
    {
        // The emitter writes Briefings.Runtime.FieldType.{member} from the pipeline's own enum (the netstandard2.0
        // pipeline cannot reference the runtime), so the two enums must have the same members in the same order.
        Assert.Equal(Enum.GetNames<Briefings.Facts.Schema.FieldType>(), Enum.GetNames<FieldType>());
        Assert.Equal(Enum.GetNames<Briefings.Facts.Schema.FieldRole>(), Enum.GetNames<FieldRole>());
    }
}
