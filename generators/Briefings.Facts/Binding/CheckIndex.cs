using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Emit;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Binding;

/// <summary>
/// Takes from one bound fact what the schema's declared checks read across files (<see cref="CheckedFact"/>): the values
/// of the fields they compare, the facts its citations name and the facts its disputes fields list. Only a fact that
/// bound without error is indexed (a broken one has its own errors), and only for a kind some check reads.
/// </summary>
internal static class CheckIndex
{
    public static void Add(BindContext context, TypeModel kind, YamlNode mapping, string id, YamlNode idNode, List<string> data)
    {
        var checks = kind.DeclaredChecks;
        var disputes = kind.Fields.Where(f => f.Role == FieldRole.Disputes).ToList();
        if (checks.Indexed.IsEmpty && checks.MustCite.IsEmpty && disputes.Count == 0)
        {
            return;
        }

        var values = new List<CheckedValue>();
        foreach (var name in checks.Indexed)
        {
            var index = IndexOf(kind, name);
            if (mapping.Get(name) is { IsNull: false } node && index >= 0)
            {
                values.Add(new CheckedValue(name, data[index], Written(node), context.Lines.Node(node)));
            }
            else if (index >= 0 && kind.Fields[index].Default is { } value)
            {
                // A default says something too (bound: exact); it is written nowhere, so it is shown at the fact's id.
                values.Add(new CheckedValue(name, FactData.Value(value), value, context.Lines.Node(idNode)));
            }
        }

        var citations = kind.Fields.FirstOrDefault(f => f.Role == FieldRole.Citations);
        var citationsKey = citations is null ? null : mapping.Pairs.FirstOrDefault(p => p.Key.Value == citations.Name).Key;
        context.Checked.Add(new CheckedFact(
            kind.Name,
            id,
            context.Lines.Node(idNode),
            values.ToEquatableArray(),
            Cited(context.Schema, citations, mapping).ToEquatableArray(),
            context.Lines.Node(citationsKey ?? idNode),
            disputes.SelectMany(f => Refs(f, mapping.Get(f.Name))).Distinct().ToEquatableArray()));
    }

    /// <summary>Every fact the citations name (<c>kind/id</c>), through any reference field of the citation struct (its source, a via).</summary>
    private static IEnumerable<string> Cited(SchemaModel schema, FieldModel? citations, YamlNode mapping)
    {
        if (citations is null || schema.Struct(citations.Target!) is not { } citation || mapping.Get(citations.Name) is not { Kind: YamlNodeKind.Sequence } list)
        {
            return Enumerable.Empty<string>();
        }

        return list.Items
            .SelectMany(item => citation.Fields.Where(f => f.Type == FieldType.Ref).Select(f => (Field: f, Node: item.Get(f.Name))))
            .Where(x => x.Node is { Kind: YamlNodeKind.Scalar, IsNull: false })
            .Select(x => x.Field.Target + "/" + x.Node!.Value)
            .Distinct();
    }

    private static IEnumerable<string> Refs(FieldModel field, YamlNode? node)
        => node is { Kind: YamlNodeKind.Sequence } ? node.Items.Where(i => i.Kind == YamlNodeKind.Scalar).Select(i => field.Target + "/" + i.Value) : Enumerable.Empty<string>();

    private static int IndexOf(TypeModel kind, string name)
    {
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (kind.Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A value as its file writes it, on one line, for messages: <c>-16.86%</c>, <c>{ en: Nvidia, zh-Hant: 英偉達 }</c>.</summary>
    private static string Written(YamlNode node) => node.Kind switch
    {
        YamlNodeKind.Scalar => YamlNode.Shorten(node.Value),
        YamlNodeKind.Mapping => YamlNode.Shorten("{ " + string.Join(", ", node.Pairs.Select(p => p.Key.Value + ": " + Written(p.Value))) + " }"),
        _ => YamlNode.Shorten("[" + string.Join(", ", node.Items.Select(Written)) + "]"),
    };
}
