using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// Reads a field's <c>default:</c>. A default is typed exactly as a fact's value would be: by
/// <see cref="FieldValueReader"/>, which the binder reads facts with, so the two can never disagree.
/// </summary>
internal static class DefaultReader
{
    /// <summary>The field with its default (checked, as written), or null after reporting why the default cannot be used.</summary>
    public static FieldModel? Read(SchemaNodeReader file, FieldModel field, YamlNode defaultNode)
    {
        if (field.IsRequired)
        {
            file.Report(defaultNode, $"the field '{field.Name}' is required, so a default is never used; remove 'default:' or 'required: true'.");
            return null;
        }

        if (field.IsList || field.Type is FieldType.Ref or FieldType.Struct or FieldType.Localized)
        {
            file.Report(defaultNode, $"a default can only be given for a single text, number, date, money, URL, true/false or enumeration value, not for the field '{field.Name}'.");
            return null;
        }

        if (FieldValueReader.Read(field, defaultNode, file.Lines, file.State.Diagnostics) is null)
        {
            return null;
        }

        // Kept as written: the value is data here, and the emitter turns it into C# (CSharpLiteral.Default).
        return field with { Default = defaultNode.Value };
    }
}
