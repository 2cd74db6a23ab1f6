using System.Globalization;
using Briefings.Facts.Values;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// Reads a number field's <c>min:</c> and <c>max:</c>: a bound the binder checks at every value (BRF042). Written as the
/// field's numbers are (<c>-100%</c> for a percent; a money field's bound is a plain amount, in any currency).
/// </summary>
internal static class RangeReader
{
    /// <summary>The field with its bounds, or null after reporting why they cannot be used.</summary>
    public static FieldModel? Read(SchemaNodeReader file, YamlNode declaration, FieldModel field)
    {
        var minNode = declaration.Get("min");
        var maxNode = declaration.Get("max");
        if ((minNode is null || minNode.IsNull) && (maxNode is null || maxNode.IsNull))
        {
            return field;
        }

        if (field.Type is not (FieldType.Integer or FieldType.Decimal or FieldType.Percent or FieldType.Money))
        {
            file.Report(minNode ?? maxNode!, $"'min:' and 'max:' bound a number (integer, decimal, percent or money); the field '{field.Name}' is not one.");
            return null;
        }

        var min = Bound(file, minNode, field);
        var max = Bound(file, maxNode, field);
        if (min is "" || max is "")
        {
            return null;
        }

        if (min is not null && max is not null && Parse(min) > Parse(max))
        {
            file.Report(maxNode!, $"the field '{field.Name}' has 'max:' {max} below its 'min:' {min}; no value could be given.");
            return null;
        }

        return field with { Minimum = min, Maximum = max };
    }

    public static decimal Parse(string bound) => decimal.Parse(bound, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The bound as an invariant decimal; null when absent, empty after reporting a bad one.</summary>
    private static string? Bound(SchemaNodeReader file, YamlNode? node, FieldModel field)
    {
        if (node is null || node.IsNull)
        {
            return null;
        }

        var rule = field.Type switch
        {
            FieldType.Integer => ScalarRules.Integer,
            FieldType.Percent => ScalarRules.Percent,
            _ => ScalarRules.Decimal,
        };
        if (node.Kind == YamlNodeKind.Scalar && rule.Read(node.Value) is { } value)
        {
            return value;
        }

        var example = field.Type switch
        {
            FieldType.Integer => "0 or 1",
            FieldType.Percent => "-100%",
            FieldType.Money => "0 (the amount, whatever the currency)",
            _ => "0 or -3.5",
        };
        file.Report(node, $"'{YamlNode.Shorten(node.Value)}' is not a bound for the {field.Type.ToString().ToLowerInvariant()} field '{field.Name}'; write a {rule.What} such as {example}.");
        return string.Empty;
    }
}
