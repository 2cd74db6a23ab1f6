using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Briefings.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>One fact as a version records it: its kind, id, and each field with a value, by the schema's field name.</summary>
public sealed record FactState(string Kind, string Id, IReadOnlyDictionary<string, JsonNode> Fields)
{
    /// <summary><c>kind/id</c>, as the renderer keys facts.</summary>
    public string Key => Kind + "/" + Id;
}

/// <summary>
/// Every fact of a model in a language-neutral, canonical form: what a published version holds and what the diff compares.
/// Values are written as in the fact files (<c>-16.86%</c>, <c>5500000 USD</c>, <c>2025-01</c>, an enumeration's word, a
/// reference's id, a localized text as an object by language), fields with no value (null, an empty list) are left out,
/// and facts and fields are in ordinal order, so the same facts give the same bytes.
/// </summary>
public sealed class ModelState
{
    public ModelState(IReadOnlyDictionary<string, FactState> facts, string shape)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = new SortedDictionary<string, FactState>(facts.ToDictionary(), StringComparer.Ordinal);
        Shape = shape;
    }

    /// <summary>The facts by <c>kind/id</c>, in ordinal order.</summary>
    public IReadOnlyDictionary<string, FactState> Facts { get; }

    /// <summary>The schema's shape (<see cref="ShapeOf"/>) the values were written under.</summary>
    public string Shape { get; }

    /// <summary>The model's facts as they are now.</summary>
    public static ModelState From(IFactModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var facts = new Dictionary<string, FactState>(StringComparer.Ordinal);
        foreach (var fact in model.All)
        {
            var state = new FactState(fact.Kind, fact.Id, FieldsOf(fact));
            facts[state.Key] = state;
        }

        return new ModelState(facts, ShapeOf(model));
    }

    /// <summary>
    /// What the recorded values depend on: one line per field of each kind, with its type, list-ness, target and
    /// enumeration words (<c>market-move.direction:enum&gt;(up,down)</c>), sorted. Labels, descriptions, presentations and
    /// roles are not in it, so relabelling a field keeps every published version readable.
    /// </summary>
    public static string ShapeOf(IFactModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        foreach (var kind in model.Kinds.Select(k => k.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            foreach (var field in kind.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                text.Append(kind.Name).Append('.').Append(field.Name).Append(':').Append(field.Type.ToString().ToLowerInvariant())
                    .Append(field.IsList ? "[]" : string.Empty).Append('>').Append(field.Target)
                    .Append('(').AppendJoin(',', field.EnumValues).Append(")\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether values recorded under <paramref name="recorded"/> still read under <paramref name="current"/>: every field
    /// they were written with is still there with the same type, list-ness and target, and every enumeration word still
    /// allowed. A schema may grow (a new kind, a new field, a new word) without a published version going stale. Null when
    /// they do; otherwise the first field that no longer fits, and what the schema has now.
    /// </summary>
    public static (string Field, string Now)? Incompatibility(string recorded, string current)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(current);
        var now = Lines(current).ToDictionary(l => l.Key, l => l, StringComparer.Ordinal);
        foreach (var line in Lines(recorded))
        {
            if (!now.TryGetValue(line.Key, out var field))
            {
                var name = line.Key[..line.Key.IndexOf(':', StringComparison.Ordinal)];
                var renamed = now.Values.FirstOrDefault(l => l.Key.StartsWith(name + ":", StringComparison.Ordinal));
                return (line.Text, renamed.Text ?? "no such field");
            }

            if (!line.Words.All(field.Words.Contains))
            {
                return (line.Text, field.Text);
            }
        }

        return null;
    }

    private static IEnumerable<(string Key, string[] Words, string Text)> Lines(string shape) => shape
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(text =>
        {
            var open = text.IndexOf('(', StringComparison.Ordinal);
            return open < 0 ? (text, Array.Empty<string>(), text) : (text[..open], text[(open + 1)..].TrimEnd(')').Split(',', StringSplitOptions.RemoveEmptyEntries), text);
        });

    private static SortedDictionary<string, JsonNode> FieldsOf(IFactRecord record)
    {
        var fields = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var field in record.Descriptor.Fields)
        {
            if (ToJson(record.GetValue(field), field) is { } value && value is not JsonArray { Count: 0 })
            {
                fields[field.Name] = value;
            }
        }

        return fields;
    }

    private static JsonNode? ToJson(object? value, FieldDescriptor field) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int or long => JsonValue.Create(System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        decimal number => JsonValue.Create(number),
        LocalizedText text => Localized(text),
        FactDate date => JsonValue.Create(date.ToString()),
        Percent percent => JsonValue.Create(percent.ToString()),
        Money money => JsonValue.Create(money.ToString()),
        Uri uri => JsonValue.Create(uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString),
        Enum word => JsonValue.Create(field.EnumWord(word)),
        IFact fact => JsonValue.Create(fact.Id),
        IRef reference => JsonValue.Create(reference.Id),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(item => ToJson(item, field)).ToArray()),
        IFactRecord structValue => new JsonObject(FieldsOf(structValue).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        _ => throw new InvalidOperationException($"The field '{field.Name}' holds a {value.GetType().Name}, which is not a value of the fact model."),
    };

    private static JsonObject Localized(LocalizedText text)
    {
        var result = new JsonObject();
        foreach (var (language, content) in text)
        {
            result[language] = content;
        }

        // As in the fact file: 'original' names the original's language (never a language tag itself).
        if (text.OriginalLanguage is { } original)
        {
            result["original"] = original;
        }

        return result;
    }
}
