using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// A <c>label:</c> as written: one scalar (<see cref="Short"/>) or one text per language tag, each with its place. The
/// languages are checked by <see cref="LabelResolver"/> once every schema file is read (they may be declared later).
/// </summary>
internal sealed record DeclaredLabel(LocationInfo At, string? Short, List<(string Language, string Text, LocationInfo At)> Entries);

/// <summary>
/// Something that carries a label: a kind or struct (<see cref="Field"/> null), a field, or one value of an enumeration
/// field; <see cref="Key"/> is where it is named, <see cref="Label"/> null when it has none.
/// </summary>
internal sealed record LabelSite(string? Field, string? Value, string What, LocationInfo Key, DeclaredLabel? Label);

/// <summary>Reads <c>label:</c> (on kinds, structs and fields) and <c>labels:</c> (on enumeration fields).</summary>
internal static class LabelReader
{
    /// <summary>The label under <c>label:</c> of <paramref name="declaration"/>, or null when there is none (or after reporting its shape).</summary>
    public static DeclaredLabel? Read(SchemaNodeReader file, YamlNode declaration)
        => declaration.Kind == YamlNodeKind.Mapping && declaration.Get("label") is { } node && !node.IsNull ? Label(file, node) : null;

    /// <summary>
    /// One label per value under an enumeration field's <c>labels:</c> (a key that is not a value is reported at it),
    /// and the site of each value: its label, else its place in <c>values:</c>.
    /// </summary>
    public static void ReadValues(SchemaNodeReader file, FieldModel field, YamlNode declaration, List<LabelSite> sites)
    {
        var labels = new Dictionary<string, DeclaredLabel>(System.StringComparer.Ordinal);
        if (declaration.Get("labels") is { } node && !node.IsNull && file.ExpectMapping(node, $"a mapping of the values of '{field.Name}' to their labels"))
        {
            foreach (var pair in node.Pairs)
            {
                if (!field.EnumValues.Contains(pair.Key.Value))
                {
                    file.Report(pair.Key, $"'{YamlNode.Shorten(pair.Key.Value)}' is not a value of the field '{field.Name}'{NearestMatch.Suggestion(pair.Key.Value, field.EnumValues)}; its values are: {string.Join(", ", field.EnumValues)}.");
                }
                else if (!pair.Value.IsNull && Label(file, pair.Value) is { } label)
                {
                    labels[pair.Key.Value] = label;
                }
            }
        }

        var items = declaration.Get("values")!.Items;
        for (var i = 0; i < field.EnumValues.Count; i++)
        {
            var value = field.EnumValues[i];
            sites.Add(new LabelSite(field.Name, value, $"'{field.Name}: {value}'", file.Lines.Node(items[i]), labels.TryGetValue(value, out var label) ? label : null));
        }
    }

    private static DeclaredLabel? Label(SchemaNodeReader file, YamlNode node)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            return new DeclaredLabel(file.Lines.Node(node), node.Value, new());
        }

        if (!file.ExpectMapping(node, "a label: a mapping of language tags to text, such as { en: Timeline, zh-Hant: 時間線 }"))
        {
            return null;
        }

        var entries = new List<(string, string, LocationInfo)>();
        foreach (var pair in node.Pairs)
        {
            if (file.Scalar(pair.Value, $"the '{YamlNode.Shorten(pair.Key.Value)}' text of the label") is { } text)
            {
                entries.Add((pair.Key.Value, text, file.Lines.Node(pair.Key)));
            }
        }

        return new DeclaredLabel(file.Lines.Node(node), null, entries);
    }
}
