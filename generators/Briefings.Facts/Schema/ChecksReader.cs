using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Helpers;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// Reads the checks a kind declares beside its fields, so a desk adds them without C#:
/// <code>
/// identity: [organisation, date]     # facts with equal values of all of these describe one thing
/// agree: [change, direction]         # ... and must give these alike (else BRF040, or BRF041 with:)
/// disagreement: error                # warning (the default) or error
/// date-order:                        # a date never before (not-before) or after (not-after) another,
///   - { field: released, not-before: maker.founded }   # of the fact or of the one a reference names
/// must-cite:                         # citations the facts must carry:
///   - said-in                        # the fact this reference field names
///   - { source-type: article }       # a cited fact whose field holds the value
/// </code>
/// What names the kind's own fields is checked here, at its node; what reaches other kinds (through a reference or a
/// citation) once every schema file is read, by <see cref="ChecksResolver"/>, from the <see cref="CheckSite"/>s.
/// </summary>
internal static class ChecksReader
{
    public static readonly string[] Keys = { "identity", "agree", "disagreement", "date-order", "must-cite" };

    private static readonly string[] Severities = { "warning", "error" };

    private static readonly string[] DateOrderKeys = { "field", "not-before", "not-after" };

    public static KindChecks? Read(SchemaNodeReader file, YamlNode nameNode, YamlNode declaration, List<FieldModel> fields, List<CheckSite> sites)
    {
        if (!Keys.Any(k => declaration.Get(k) is { IsNull: false }))
        {
            return null;
        }

        var kind = nameNode.Value;
        var identity = Names(file, declaration, "identity", fields, kind);
        var agree = Names(file, declaration, "agree", fields, kind);
        foreach (var name in agree.Where(identity.Contains))
        {
            file.Report(declaration.Get("agree")!, $"'{name}' is in both 'identity:' and 'agree:' of the kind '{kind}'; a field either identifies the thing or must agree, not both.");
        }

        if ((identity.Count == 0) != (agree.Count == 0))
        {
            var (given, missing) = identity.Count == 0 ? ("agree", "identity") : ("identity", "agree");
            file.Report(declaration.Get(given)!, $"'{given}:' needs '{missing}:' beside it in the kind '{kind}': which fields identify one thing, and which its facts must then give alike.");
        }

        var isError = Severity(file, declaration, kind, identity.Count > 0);
        var orders = DateOrders(file, declaration, fields, kind, sites);
        var cites = MustCite(file, declaration, fields, kind, sites);
        return new KindChecks(identity.ToEquatableArray(), agree.ToEquatableArray(), isError, orders.ToEquatableArray(), cites.ToEquatableArray());
    }

    /// <summary>A list of the kind's single, non-struct field names (identity, agree), each reported where it is not one.</summary>
    private static List<string> Names(SchemaNodeReader file, YamlNode declaration, string key, List<FieldModel> fields, string kind)
    {
        var names = new List<string>();
        if (declaration.Get(key) is not { IsNull: false } node)
        {
            return names;
        }

        if (node.Kind != YamlNodeKind.Sequence)
        {
            file.Report(node, $"'{key}:' takes a list of field names, such as [organisation, date].");
            return names;
        }

        foreach (var item in node.Items)
        {
            if (file.Scalar(item, "a field name") is { } name && Field(file, item, name, fields, kind) is { } field)
            {
                if (field.IsList || field.Type == FieldType.Struct)
                {
                    file.Report(item, $"'{key}:' compares single values; the field '{name}' of the kind '{kind}' is {(field.IsList ? "a list" : "a struct")}.");
                }
                else if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static bool Severity(SchemaNodeReader file, YamlNode declaration, string kind, bool hasIdentity)
    {
        if (declaration.Get("disagreement") is not { IsNull: false } node || file.Scalar(node, "warning or error") is not { } word)
        {
            return false;
        }

        if (Array.IndexOf(Severities, word) < 0)
        {
            file.Report(node, $"'{YamlNode.Shorten(word)}' is not a severity{NearestMatch.Suggestion(word, Severities)}; 'disagreement:' is warning (the default) or error.");
        }
        else if (!hasIdentity)
        {
            file.Report(node, $"'disagreement:' says how bad a disagreement is, and the kind '{kind}' declares no 'identity:' to disagree on.");
        }

        return word == "error";
    }

    private static List<DateOrderRule> DateOrders(SchemaNodeReader file, YamlNode declaration, List<FieldModel> fields, string kind, List<CheckSite> sites)
    {
        var rules = new List<DateOrderRule>();
        foreach (var item in Items(file, declaration, "date-order", "a list of rules such as { field: released, not-before: founded }"))
        {
            if (!file.ExpectMapping(item, "a rule such as { field: released, not-before: founded }"))
            {
                continue;
            }

            file.CheckKeys(item, DateOrderKeys, "in a date-order rule");
            var fieldNode = item.Get("field");
            var before = item.Get("not-before");
            var after = item.Get("not-after");
            if (fieldNode is null || (before is null) == (after is null))
            {
                file.Report(item, "a date-order rule names its 'field:' and one of 'not-before:' or 'not-after:' (the other date).");
                continue;
            }

            var otherNode = before ?? after!;
            if (file.Scalar(fieldNode, "a date field") is not { } name || file.Scalar(otherNode, "a date field, or a reference and its date field (maker.founded)") is not { } other
                || !IsDate(file, fieldNode, name, fields, kind))
            {
                continue;
            }

            var dot = other.IndexOf('.');
            var through = dot < 0 ? null : other.Substring(0, dot);
            var target = dot < 0 ? other : other.Substring(dot + 1);
            if (through is null ? !IsDate(file, otherNode, target, fields, kind) : !IsSingleRef(file, otherNode, through, fields, kind))
            {
                continue;
            }

            var rule = new DateOrderRule(name, before is not null, through, target);
            rules.Add(rule);
            sites.Add(new CheckSite(rule, null, file.Lines.Node(otherNode)));
        }

        return rules;
    }

    private static List<CitationRule> MustCite(SchemaNodeReader file, YamlNode declaration, List<FieldModel> fields, string kind, List<CheckSite> sites)
    {
        var rules = new List<CitationRule>();
        var items = Items(file, declaration, "must-cite", "a list of reference fields or { field: value } conditions").ToList();
        if (items.Count > 0 && !fields.Any(f => f.Role == FieldRole.Citations))
        {
            file.Report(declaration.Get("must-cite")!, $"'must-cite:' needs citations to look in, and the kind '{kind}' has no field with 'role: citations'.");
            return rules;
        }

        foreach (var item in items)
        {
            CitationRule? rule = null;
            if (item.Kind == YamlNodeKind.Scalar && file.Scalar(item, "a reference field") is { } name && Field(file, item, name, fields, kind) is { } field)
            {
                rule = field.Type == FieldType.Ref
                    ? new CitationRule(name, null, null)
                    : Report(item, $"'must-cite:' names a reference field whose fact the citations must include; the field '{name}' of the kind '{kind}' is not a reference.");
            }
            else if (item.Kind == YamlNodeKind.Mapping && item.Pairs.Count == 1 && item.Pairs[0].Value.Kind == YamlNodeKind.Scalar && !item.Pairs[0].Value.IsNull)
            {
                rule = new CitationRule(null, item.Pairs[0].Key.Value, item.Pairs[0].Value.Value);
            }
            else if (item.Kind != YamlNodeKind.Scalar)
            {
                file.Report(item, "a 'must-cite:' item is a reference field (said-in) or one condition on the cited fact ({ source-type: article }).");
            }

            if (rule is not null)
            {
                rules.Add(rule);
                sites.Add(new CheckSite(null, rule, file.Lines.Node(item)));
            }
        }

        return rules;

        CitationRule? Report(YamlNode node, string message)
        {
            file.Report(node, message);
            return null;
        }
    }

    private static IEnumerable<YamlNode> Items(SchemaNodeReader file, YamlNode declaration, string key, string expected)
    {
        if (declaration.Get(key) is not { IsNull: false } node)
        {
            return Enumerable.Empty<YamlNode>();
        }

        if (node.Kind == YamlNodeKind.Sequence)
        {
            return node.Items;
        }

        file.Report(node, $"'{key}:' takes {expected}.");
        return Enumerable.Empty<YamlNode>();
    }

    private static FieldModel? Field(SchemaNodeReader file, YamlNode node, string name, List<FieldModel> fields, string kind)
    {
        var field = fields.FirstOrDefault(f => f.Name == name);
        if (field is null)
        {
            file.Report(node, $"the kind '{kind}' has no field '{YamlNode.Shorten(name)}'{NearestMatch.Suggestion(name, fields.Select(f => f.Name))}; its fields are: {string.Join(", ", fields.Select(f => f.Name))}.");
        }

        return field;
    }

    private static bool IsDate(SchemaNodeReader file, YamlNode node, string name, List<FieldModel> fields, string kind)
    {
        if (Field(file, node, name, fields, kind) is not { } field)
        {
            return false;
        }

        if (field.Type != FieldType.Date || field.IsList)
        {
            file.Report(node, $"'date-order:' compares single dates; the field '{name}' of the kind '{kind}' is not one.");
            return false;
        }

        return true;
    }

    private static bool IsSingleRef(SchemaNodeReader file, YamlNode node, string name, List<FieldModel> fields, string kind)
    {
        if (Field(file, node, name, fields, kind) is not { } field)
        {
            return false;
        }

        if (field.Type != FieldType.Ref || field.IsList)
        {
            file.Report(node, $"'{name}.…' reaches a date through a single reference; the field '{name}' of the kind '{kind}' is not one.");
            return false;
        }

        return true;
    }
}
