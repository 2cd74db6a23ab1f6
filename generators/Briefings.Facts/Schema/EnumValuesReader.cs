using System;
using System.Collections.Generic;
using Briefings.Facts.Helpers;
using Briefings.Facts.Naming;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>Reads an enumeration field's <c>values:</c>: a non-empty list of distinct values that each make a C# enum member.</summary>
internal static class EnumValuesReader
{
    /// <summary>The values in declaration order, or null after reporting (at the list, or at the field when it is missing).</summary>
    public static EquatableArray<string>? Read(SchemaNodeReader file, YamlNode nameNode, YamlNode? valuesNode)
    {
        if (valuesNode is null || valuesNode.Kind != YamlNodeKind.Sequence || valuesNode.Items.Count == 0)
        {
            file.Report(valuesNode ?? nameNode, $"the enumeration field '{nameNode.Value}' needs 'values:', a list such as [up, down].");
            return null;
        }

        var values = new List<string>();
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in valuesNode.Items)
        {
            var value = file.Scalar(item, "an enumeration value");
            if (value is null)
            {
                return null;
            }

            if (!Identifiers.IsEnumValue(value) || !members.Add(Identifiers.ToPascalCase(value)))
            {
                file.Report(item, $"'{YamlNode.Shorten(value)}' cannot be an enumeration value: use ASCII letters and digits joined by hyphens, each value making a different C# name.");
                return null;
            }

            values.Add(value);
        }

        return values.ToEquatableArray();
    }
}
