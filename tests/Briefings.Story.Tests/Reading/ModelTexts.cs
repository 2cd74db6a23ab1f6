using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;

namespace Briefings.Story.Tests;

/// <summary>One localized text of a fact: where it sits (<c>claim/x.evidence[0]</c>) and the field that holds it.</summary>
internal readonly record struct ModelText(IFact Fact, string Path, string Field, LocalizedText Text);

/// <summary>
/// Reads a model's texts and dates through the runtime's contract (descriptors and <see cref="IFactRecord.GetValue"/>),
/// never by member name, so the checks cover any field the schema adds.
/// </summary>
internal static class ModelTexts
{
    /// <summary>The fields that hold the article's printed wording on purpose: the only places a defect may stay.</summary>
    public static IReadOnlySet<string> PrintedFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "printed", "as-printed" };

    /// <summary>Every localized text of the fact, inside lists and structs too, except the printed fields.</summary>
    public static IEnumerable<ModelText> Of(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Walk(fact, fact, $"{fact.Kind}/{fact.Id}");
    }

    /// <summary>The fact's own dates, ISO 8601 at their precision (<c>2025-01-27</c>).</summary>
    public static IEnumerable<string> Dates(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Descriptor.Fields.Where(f => f.Type == FieldType.Date)
            .SelectMany(f => Items(f, fact.GetValue(f)))
            .Select(d => d.ToString()!);
    }

    private static IEnumerable<ModelText> Walk(IFact fact, IFactRecord record, string path)
    {
        foreach (var field in record.Descriptor.Fields)
        {
            if (PrintedFields.Contains(field.Name) || field.Type is not (FieldType.Localized or FieldType.Struct))
            {
                continue;
            }

            var i = 0;
            foreach (var item in Items(field, record.GetValue(field)))
            {
                var at = field.IsList ? $"{path}.{field.Name}[{i++}]" : $"{path}.{field.Name}";
                if (item is LocalizedText text)
                {
                    yield return new ModelText(fact, at, field.Name, text);
                }
                else if (item is IFactRecord inner)
                {
                    foreach (var found in Walk(fact, inner, at))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    // A list field gives an IReadOnlyList; a LocalizedText is enumerable too, so the descriptor decides.
    private static IEnumerable<object> Items(FieldDescriptor field, object? value) => value switch
    {
        null => [],
        IEnumerable list when field.IsList => list.Cast<object>(),
        _ => [value],
    };
}
