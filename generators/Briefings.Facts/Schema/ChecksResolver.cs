using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Helpers;

namespace Briefings.Facts.Schema;

/// <summary>
/// Finishes the kinds' declared checks once every schema file is read: a date reached through a reference must be a date
/// field of the kind referred to, a required citation must name what the kind's citations can cite; a rule that fails is
/// reported at its place and dropped. Then it works out, for every kind, which of its fields the cross-file index carries
/// (<see cref="KindChecks.Indexed"/>).
/// </summary>
internal static class ChecksResolver
{
    public static List<TypeModel> Apply(SchemaState state, List<TypeModel> kinds, List<TypeModel> structs)
    {
        var byName = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var checkedKinds = new List<TypeModel>();
        foreach (var kind in kinds)
        {
            var sites = state.Kinds.First(d => d.Model.Name == kind.Name).CheckSites;
            var checks = kind.DeclaredChecks;
            var orders = checks.DateOrders.Where(r => DateOrderHolds(state, sites, kind, r, byName)).ToEquatableArray();
            var cites = checks.MustCite.Where(r => CitationHolds(state, sites, kind, r, CitedKinds(kind, structs, byName))).ToEquatableArray();
            checkedKinds.Add(kind with { Checks = checks with { DateOrders = orders, MustCite = cites } });
        }

        var indexed = checkedKinds.ToDictionary(k => k.Name, k => OwnFields(k.DeclaredChecks), StringComparer.Ordinal);
        foreach (var kind in checkedKinds)
        {
            foreach (var rule in kind.DeclaredChecks.DateOrders.Where(r => r.Through is not null))
            {
                indexed[kind.Field(rule.Through!)!.Target!].Add(rule.Other);
            }

            foreach (var rule in kind.DeclaredChecks.MustCite.Where(r => r.SourceField is not null))
            {
                foreach (var cited in CitedKinds(kind, structs, byName).Where(c => c.Field(rule.SourceField!) is not null))
                {
                    indexed[cited.Name].Add(rule.SourceField!);
                }
            }
        }

        return checkedKinds
            .Select(k => indexed[k.Name].Count == 0 && k.Checks is null
                ? k
                : k with { Checks = k.DeclaredChecks with { Indexed = k.Fields.Select(f => f.Name).Where(indexed[k.Name].Contains).ToEquatableArray() } })
            .ToList();
    }

    /// <summary>The kinds a kind's citations can name: the targets of its citation struct's reference fields.</summary>
    public static List<TypeModel> CitedKinds(TypeModel kind, IEnumerable<TypeModel> structs, IReadOnlyDictionary<string, TypeModel> kinds)
    {
        var citation = kind.Fields.FirstOrDefault(f => f.Role == FieldRole.Citations);
        var type = citation is null ? null : structs.FirstOrDefault(s => s.Name == citation.Target);
        return type is null
            ? new List<TypeModel>()
            : type.Fields.Where(f => f.Type == FieldType.Ref).Select(f => f.Target!).Distinct().Where(kinds.ContainsKey).Select(t => kinds[t]).ToList();
    }

    private static HashSet<string> OwnFields(KindChecks checks)
    {
        var fields = new HashSet<string>(checks.Identity.Concat(checks.Agree), StringComparer.Ordinal);
        foreach (var rule in checks.DateOrders)
        {
            fields.Add(rule.Field);
            fields.Add(rule.Through ?? rule.Other);
        }

        fields.UnionWith(checks.MustCite.Where(r => r.Field is not null).Select(r => r.Field!));
        return fields;
    }

    private static bool DateOrderHolds(SchemaState state, List<CheckSite> sites, TypeModel kind, DateOrderRule rule, Dictionary<string, TypeModel> kinds)
    {
        if (rule.Through is null)
        {
            return true;
        }

        if (!kinds.TryGetValue(kind.Field(rule.Through)!.Target!, out var target))
        {
            return false; // a broken kind is reported in its own declaration
        }

        var field = target.Field(rule.Other);
        if (field is { Type: FieldType.Date, IsList: false })
        {
            return true;
        }

        var dates = target.Fields.Where(f => f.Type == FieldType.Date && !f.IsList).Select(f => f.Name).ToList();
        state.Report(
            sites.First(s => Equals(s.DateOrder, rule)).Location,
            $"'{rule.OtherText}': the kind '{target.Name}' has no single date field '{rule.Other}'{NearestMatch.Suggestion(rule.Other, dates)}; its date fields are: {(dates.Count == 0 ? "(none)" : string.Join(", ", dates))}.");
        return false;
    }

    private static bool CitationHolds(SchemaState state, List<CheckSite> sites, TypeModel kind, CitationRule rule, List<TypeModel> cited)
    {
        var location = sites.First(s => Equals(s.Citation, rule)).Location;
        var citable = cited.Count == 0 ? "(none)" : string.Join(", ", cited.Select(c => c.Name));
        if (rule.Field is not null)
        {
            var target = kind.Field(rule.Field)!.Target!;
            if (cited.Any(c => c.Name == target))
            {
                return true;
            }

            state.Report(location, $"'must-cite: {rule.Field}': the field refers to the kind '{target}', and the citations of the kind '{kind.Name}' cite only: {citable}.");
            return false;
        }

        var fields = cited.Select(c => c.Field(rule.SourceField!)).Where(f => f is not null).ToList();
        if (fields.Count == 0)
        {
            var names = cited.SelectMany(c => c.Fields.Select(f => f.Name)).Distinct().ToList();
            state.Report(location, $"'must-cite: {rule.Text}': no kind the citations of '{kind.Name}' cite ({citable}) has a field '{rule.SourceField}'{NearestMatch.Suggestion(rule.SourceField!, names)}.");
            return false;
        }

        var enums = fields.Where(f => f!.Type == FieldType.Enum).ToList();
        if (enums.Count == fields.Count && !enums.Any(f => f!.EnumValues.Contains(rule.SourceValue!)))
        {
            var values = enums.SelectMany(f => f!.EnumValues).Distinct().ToList();
            state.Report(location, $"'must-cite: {rule.Text}': '{rule.SourceValue}' is not a value of '{rule.SourceField}'{NearestMatch.Suggestion(rule.SourceValue!, values)}; its values are: {string.Join(", ", values)}.");
            return false;
        }

        if (fields.Any(f => f!.IsList || f.Type is FieldType.Struct or FieldType.Localized))
        {
            state.Report(location, $"'must-cite: {rule.Text}': the condition compares one value, and '{rule.SourceField}' is not a single text, enumeration or reference field.");
            return false;
        }

        return true;
    }
}
