using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Emit;
using Briefings.Generators.Helpers;
using Briefings.Generators.Schema;
using Briefings.Generators.Yaml;

namespace Briefings.Generators.Binding;

/// <summary>
/// Types YAML values by the schema, strictly and by YAML 1.2's core rules, never YAML 1.1's:
/// <c>no</c> is not a boolean, <c>010</c> is not octal 8, and a date never shifts with the build
/// machine's time zone. Each value becomes its compact data lines (<see cref="FactData"/>), or a located
/// diagnostic that says what form was expected.
/// </summary>
internal static class ValueBinder
{
    private static readonly Regex IntegerPattern = new("^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex DecimalPattern = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex DatePattern = new("^([0-9]{4})(-([0-9]{2})(-([0-9]{2}))?)?$", RegexOptions.CultureInvariant);
    private static readonly char[] Separators = { '_', ',', ' ' };
    private static readonly Regex MoneyPattern = new(@"^(-?(0|[1-9][0-9]*)(\.[0-9]+)?) ([A-Z]{3})$", RegexOptions.CultureInvariant);

    /// <summary>A field's value (a list or a single value) as data lines, or null after reporting why not.</summary>
    public static string? Bind(BindContext context, TypeModel owner, FieldModel field, YamlNode node)
    {
        if (!field.IsList)
        {
            return BindSingle(context, owner, field, node);
        }

        if (node.Kind != YamlNodeKind.Sequence)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"a list for the field '{field.Name}' (one '- item' per line, or [a, b])", node.Describe());
            return null;
        }

        var items = new List<string>();
        var ok = true;
        foreach (var item in node.Items)
        {
            if (item.IsNull)
            {
                context.Report(DiagnosticDescriptors.WrongShape, item, $"a value in the list '{field.Name}'", item.Describe());
                ok = false;
                continue;
            }

            var expression = BindSingle(context, owner, field, item);
            ok &= expression is not null;
            if (expression is not null)
            {
                items.Add(expression);
            }
        }

        if (!ok)
        {
            return null;
        }

        return FactData.List(items);
    }

    private static string? BindSingle(BindContext context, TypeModel owner, FieldModel field, YamlNode node)
    {
        if (field.Type == FieldType.Localized)
        {
            return BindLocalized(context, field, node);
        }

        if (field.Type == FieldType.Struct)
        {
            return BindStruct(context, field, node);
        }

        if (node.Kind != YamlNodeKind.Scalar)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"a single value for the field '{field.Name}'", node.Describe());
            return null;
        }

        var value = node.Value;
        switch (field.Type)
        {
            case FieldType.Text:
                return FactData.Value(value);

            case FieldType.Integer:
                if (IntegerPattern.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return FactData.Value(integer.ToString(CultureInfo.InvariantCulture));
                }

                return Invalid(context, node, field, "whole number", NumberHint(value, "-12 or 4000"));

            case FieldType.Decimal:
                return ParseDecimal(value) is { } number
                    ? FactData.Value(number.ToString(CultureInfo.InvariantCulture))
                    : Invalid(context, node, field, "decimal number", NumberHint(value, "-16.86 or 5500000"));

            case FieldType.Percent:
                var percentText = value.EndsWith("%", StringComparison.Ordinal) ? value.Substring(0, value.Length - 1) : value;
                return ParseDecimal(percentText) is { } percent
                    ? FactData.Value(percent.ToString(CultureInfo.InvariantCulture))
                    : Invalid(context, node, field, "percent", NumberHint(percentText, "-16.86% (the % sign is optional)"));

            case FieldType.Money:
                var money = MoneyPattern.Match(value);
                if (money.Success && ParseDecimal(money.Groups[1].Value) is { } amount)
                {
                    return FactData.Value(amount.ToString(CultureInfo.InvariantCulture) + " " + money.Groups[4].Value);
                }

                return Invalid(context, node, field, "money amount", "write the amount, a space and the ISO 4217 currency, such as '5500000 USD' (no separators or symbols)");

            case FieldType.Date:
                return IsDate(value) ? FactData.Value(value) : Invalid(context, node, field, "date", "write a day as 2025-01-27, a month as 2024-12, or a year as 2025");

            case FieldType.Url:
                if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" && value.Trim() == value)
                {
                    return FactData.Value(value);
                }

                return Invalid(context, node, field, "URL", "write an absolute http, https or mailto address, such as https://example.com/story");

            case FieldType.Bool:
                if (node.IsPlain && value is "true" or "false")
                {
                    return FactData.Value(value);
                }

                return Invalid(context, node, field, "true/false value", "write true or false (YAML 1.1 words such as yes, no, on and off are not booleans here)");

            case FieldType.Enum:
                if (field.EnumValues.Contains(value))
                {
                    return FactData.Value(value);
                }

                context.Report(
                    DiagnosticDescriptors.NotInEnumeration,
                    node,
                    YamlNode.Shorten(value),
                    field.Name,
                    NearestMatch.Suggestion(value, field.EnumValues),
                    string.Join(", ", field.EnumValues));
                return null;

            case FieldType.Ref:
                if (!Identifiers.IsSlug(value))
                {
                    return Invalid(context, node, field, $"reference to a {field.Target}", $"write the id of a {field.Target}, a slug such as '{Identifiers.Slugify(value)}'");
                }

                context.References.Add(new FactReference(field.Name, field.Target!, value, context.Lines.Node(node)));
                return FactData.Value(value);

            default:
                throw new InvalidOperationException("Unhandled field type " + field.Type);
        }
    }

    private static string? BindLocalized(BindContext context, FieldModel field, YamlNode node)
    {
        var languages = context.Schema.Languages;
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Report(
                DiagnosticDescriptors.WrongShape,
                node,
                $"the field '{field.Name}' as one line per language ({string.Join(", ", languages.Select(l => l + ": ..."))})",
                node.Describe());
            return null;
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var pair in node.Pairs)
        {
            var language = pair.Key.Value;
            if (!languages.Contains(language))
            {
                context.Report(DiagnosticDescriptors.UnknownLanguage, pair.Key, YamlNode.Shorten(language), NearestMatch.Suggestion(language, languages), string.Join(", ", languages));
                ok = false;
                continue;
            }

            if (pair.Value.Kind != YamlNodeKind.Scalar || pair.Value.IsNull)
            {
                context.Report(DiagnosticDescriptors.WrongShape, pair.Value, $"the '{language}' text of the field '{field.Name}'", pair.Value.Describe());
                ok = false;
                continue;
            }

            texts[language] = pair.Value.Value;
        }

        if (!ok)
        {
            return null;
        }

        if (texts.Count == 0)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"at least one language in the field '{field.Name}'", "an empty mapping");
            return null;
        }

        foreach (var language in languages)
        {
            if (!texts.ContainsKey(language))
            {
                var fallback = texts.ContainsKey(context.Schema.FallbackLanguage) ? context.Schema.FallbackLanguage : texts.Keys.First();
                context.Report(DiagnosticDescriptors.MissingTranslation, node, field.Name, language, fallback);
            }
        }

        // In ordinal language order, as LocalizedText keeps them: the data is the same whatever the key order in YAML.
        return FactData.Count(texts.Count) + "\n" + string.Join("\n", texts.Select(t => FactData.Value(t.Key) + "\n" + FactData.Value(t.Value)));
    }

    private static string? BindStruct(BindContext context, FieldModel field, YamlNode node)
    {
        var structType = context.Schema.Struct(field.Target!)!;
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"a {structType.Name} (a mapping of its fields: {string.Join(", ", structType.Fields.Select(f => f.Name))})", node.Describe());
            return null;
        }

        var values = FieldBinder.BindFields(context, structType, node, $"{structType.Name} in '{field.Name}'", FieldBinder.NoReservedKeys);
        return values is null ? null : string.Join("\n", values);
    }

    /// <summary>A day, month or year that exists: 2025-01-27, 2024-12 or 2025 (never 2025-02-30).</summary>
    private static bool IsDate(string value)
    {
        var match = DatePattern.Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (!match.Groups[3].Success)
        {
            return true;
        }

        var month = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (!match.Groups[5].Success)
        {
            return true;
        }

        var day = int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>A decimal in the one form facts may write it (<c>-16.86</c>: no exponent, separators or leading zeros), or null.</summary>
    internal static decimal? ParseDecimal(string text)
        => DecimalPattern.IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Explains the YAML 1.1 and typing traps a person most likely fell into.</summary>
    private static string NumberHint(string value, string example)
    {
        if (Regex.IsMatch(value, "^-?0[0-9]+"))
        {
            return $"leading zeros are not allowed (YAML 1.1 would read 010 as octal 8); write, for example, {example}";
        }

        if (value.IndexOfAny(Separators) >= 0 && Regex.IsMatch(value, "^-?[0-9][0-9_, ]*[0-9](\\.[0-9]+)?$"))
        {
            return $"write the digits without separators, for example {example}";
        }

        // Only for text that is a number in another notation (1e3, 0x1F, .5, .inf), not for words that hold an 'e'.
        if (Regex.IsMatch(value, @"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$") || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || value.StartsWith(".", StringComparison.Ordinal))
        {
            return $"write the number out in plain decimal digits, for example {example}";
        }

        return $"write a number such as {example}";
    }

    private static string? Invalid(BindContext context, YamlNode node, FieldModel field, string what, string hint)
    {
        context.Report(DiagnosticDescriptors.InvalidValue, node, YamlNode.Shorten(node.Value), what, field.Name, hint);
        return null;
    }
}
