using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Naming;
using Briefings.Facts.Values;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// Reads one scalar value of a declared field (text, number, date, money, URL, true/false, enumeration value,
/// reference id) by the rules in <see cref="ScalarRules"/>. The binder reads facts' values with it and the
/// schema reader reads defaults with it, so a default is typed exactly as a fact's value would be.
/// </summary>
internal static class FieldValueReader
{
    /// <summary>The value's canonical text, or null after reporting at the node what form was expected.</summary>
    public static string? Read(FieldModel field, YamlNode node, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        if (node.Kind != YamlNodeKind.Scalar)
        {
            Report(DiagnosticDescriptors.WrongShape, $"a single value for the field '{field.Name}'", node.Describe());
            return null;
        }

        var value = node.Value;
        switch (field.Type)
        {
            case FieldType.Text:
                return value;

            case FieldType.Bool:
                // Plain only: a quoted "true" is text that happens to spell the word.
                return node.IsPlain && value is "true" or "false"
                    ? value
                    : Invalid("true/false value", "write true or false (YAML 1.1 words such as yes, no, on and off are not booleans here)");

            case FieldType.Enum:
                if (field.EnumValues.Contains(value))
                {
                    return value;
                }

                Report(DiagnosticDescriptors.NotInEnumeration, YamlNode.Shorten(value), field.Name, NearestMatch.Suggestion(value, field.EnumValues), string.Join(", ", field.EnumValues));
                return null;

            case FieldType.Ref:
                return ScalarRules.Slug.Read(value)
                    ?? Invalid($"reference to a {field.Target}", ScalarRules.SlugTooLong(value) ?? $"write the id of a {field.Target}, a slug such as '{Identifiers.Slugify(value)}'");

            default:
                var rule = RuleFor(field.Type) ?? throw new InvalidOperationException("Unhandled field type " + field.Type);
                return rule.Read(value) ?? Invalid(rule.What, rule.Hint(value));
        }

        string? Invalid(string what, string hint)
        {
            Report(DiagnosticDescriptors.InvalidValue, YamlNode.Shorten(value), what, field.Name, hint);
            return null;
        }

        void Report(DescriptorInfo descriptor, params string[] arguments)
            => diagnostics.Add(DiagnosticInfo.Create(descriptor, lines.Node(node), arguments));
    }

    /// <summary>The rule (and with it the pattern) a field type's values are read by; null for types read otherwise.</summary>
    public static ScalarRule? RuleFor(FieldType type) => type switch
    {
        FieldType.Integer => ScalarRules.Integer,
        FieldType.Decimal => ScalarRules.Decimal,
        FieldType.Percent => ScalarRules.Percent,
        FieldType.Money => ScalarRules.Money,
        FieldType.Date => ScalarRules.Date,
        FieldType.Url => ScalarRules.Url,
        FieldType.Ref => ScalarRules.Slug,
        _ => null,
    };
}
