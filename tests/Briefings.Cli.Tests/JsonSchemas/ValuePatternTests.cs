using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Briefings.Cli.JsonSchemas;
using Briefings.Facts.Schema;
using Briefings.Facts.Values;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>
/// One table of value patterns: every <c>pattern</c> the export writes is the pattern the binder reads that field's
/// values by (<see cref="ValuePatterns.For"/>, the pattern of the binder's own rule), so an editor never passes a form the build refuses, or the reverse.
/// </summary>
public class ValuePatternTests
{
    /// <summary>The generator tests' sample schema, which uses every field type.</summary>
    private static readonly string EveryType = Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Generators.Tests", "Samples", "every-type");

    [Fact]
    public void Every_pattern_the_export_writes_is_the_binders_pattern_for_the_field()
    {
        var reading = JsonSchemaExport.Read(EveryType);
        Assert.Empty(reading.Errors);
        var model = reading.Model;
        var checkedTypes = new HashSet<FieldType>();
        var written = 0;
        var compared = 0;
        foreach (var kind in model!.Kinds)
        {
            var text = JsonSchemaExport.Export(model, reading.Ids).Single(f => f.Name == kind.Name + ".schema.json").Text;
            written += text.Split("\"pattern\":").Length - 1;
            var json = JsonNode.Parse(text)!;
            var types = kind.Fields.Concat(model.Structs.SelectMany(s => s.Fields)).ToList();
            foreach (var (field, pattern) in Patterns(json))
            {
                var binder = field == "id" ? ValuePatterns.Slug : ValuePatterns.For(types.First(f => f.Name == field).Type);
                Assert.NotNull(binder);
                Assert.Equal(binder.Pattern, pattern);
                checkedTypes.Add(field == "id" ? FieldType.Ref : types.First(f => f.Name == field).Type);
                compared++;
            }
        }

        Assert.Equal(written, compared); // no pattern written where this walk does not look
        Assert.Equal(new[] { FieldType.Date, FieldType.Percent, FieldType.Money, FieldType.Url, FieldType.Ref }.Order(), checkedTypes.Order());
    }

    [Fact]
    public void The_table_patterns_read_alike_in_dotnet_and_in_json_schema()
    {
        // ECMAScript semantics: \d is an ASCII digit only, as in JSON Schema; another script's digits are no date.
        Assert.True(ValuePatterns.Date.IsMatch("2025-01-27"));
        Assert.False(ValuePatterns.Date.IsMatch("\u0662\u0660\u0662\u0665-01-27"));
    }

    /// <summary>Each property that holds a pattern (directly, in its items, or in anyOf), by property name.</summary>
    private static IEnumerable<(string Field, string Pattern)> Patterns(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (key is "properties" && value is JsonObject properties)
                {
                    foreach (var (field, schema) in properties)
                    {
                        foreach (var pattern in OwnPatterns(schema!))
                        {
                            yield return (field, pattern);
                        }
                    }
                }
                else if (value is not null)
                {
                    foreach (var found in Patterns(value))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> OwnPatterns(JsonNode schema)
    {
        var value = schema["items"] ?? schema;
        var branches = value["anyOf"] is JsonArray anyOf ? anyOf.Select(b => b!) : new[] { value };
        return branches.Select(b => b["pattern"]?.GetValue<string>()).OfType<string>();
    }
}
