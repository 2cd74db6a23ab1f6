using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Emit;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Binding;

/// <summary>Binds a mapping of fields (a fact's, or a struct's such as a citation) against its declared type.</summary>
internal static class FieldBinder
{
    /// <summary>Keys a fact mapping holds besides its fields.</summary>
    public static readonly string[] FactKeys = { "id", "kind" };

    public static readonly string[] NoReservedKeys = Array.Empty<string>();

    /// <summary>
    /// Each field's data lines in schema field order (<see cref="FactData.Absent"/> for one left out), so
    /// reordering keys in YAML changes nothing downstream; null if any field was wrong (each is reported).
    /// </summary>
    public static List<string>? BindFields(BindContext context, TypeModel type, YamlNode mapping, string label, string[] reservedKeys)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var pair in mapping.Pairs)
        {
            var key = pair.Key.Value;
            if (Array.IndexOf(reservedKeys, key) >= 0)
            {
                continue;
            }

            var field = type.Field(key);
            if (field is null)
            {
                var nearest = NearestMatch.Find(key, type.Fields.Select(f => f.Name));
                context.Report(
                    DiagnosticDescriptors.UnknownField,
                    pair.Key,
                    type.Name,
                    YamlNode.Shorten(key),
                    nearest is null ? string.Empty : $" (did you mean '{nearest}'?)",
                    string.Join(", ", type.Fields.Select(f => f.Name)));
                if (nearest is not null)
                {
                    misspelt.Add(nearest); // "titel:" already says what to fix; no second error that "title" is missing
                }

                ok = false;
                continue;
            }

            if (pair.Value.IsNull)
            {
                continue; // "title:" with nothing after it counts as not given
            }

            var expression = ValueBinder.Bind(context, type, field, pair.Value);
            if (expression is null)
            {
                failed.Add(field.Name);
                ok = false;
                continue;
            }

            given[field.Name] = expression;
        }

        var values = new List<string>();
        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var value))
            {
                values.Add(value);
                continue;
            }

            values.Add(FactData.Absent);
            if (field.IsRequired && !failed.Contains(field.Name) && !misspelt.Contains(field.Name))
            {
                // Point at "title:" when it is there but empty, else at the start of the fact.
                var emptyKey = mapping.Pairs.FirstOrDefault(p => string.Equals(p.Key.Value, field.Name, StringComparison.Ordinal)).Key;
                context.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MissingRequiredField,
                    emptyKey is null ? context.Lines.Span(mapping.Start, mapping.Start) : context.Lines.Node(emptyKey),
                    type.Name,
                    label,
                    field.Name,
                    Describe(field)));
                ok = false;
            }
        }

        return ok ? values : null;
    }

    /// <summary>"a date", "a list of organisation references": for the missing-field message.</summary>
    public static string Describe(FieldModel field)
    {
        var single = field.Type switch
        {
            FieldType.Ref => "reference to a " + field.Target,
            FieldType.Struct => field.Target!,
            FieldType.Localized => "text per language",
            FieldType.Enum => "one of " + string.Join(", ", field.EnumValues),
            _ => field.Type.ToString().ToLowerInvariant(),
        };
        return field.IsList ? "a list, each " + single : "a " + single;
    }
}
