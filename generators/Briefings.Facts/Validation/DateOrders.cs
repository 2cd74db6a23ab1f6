using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Validation;

/// <summary>
/// A kind's <c>date-order:</c> rules (<c>{ field: released, not-before: maker.founded }</c>), within a fact or through one
/// of its references. A date keeps its precision, so only a date that is surely out of order is an error (BRF043, at the
/// rule's field, naming the other date and, across a reference, where it is written): <c>2024</c> is not before <c>2024-05</c>.
/// </summary>
internal static class DateOrders
{
    public static void Check(SchemaModel schema, CheckedFacts facts, List<DiagnosticInfo> diagnostics)
    {
        var rulesByKind = schema.Kinds.Where(k => !k.DeclaredChecks.DateOrders.IsEmpty).ToDictionary(k => k.Name, k => k.DeclaredChecks.DateOrders, StringComparer.Ordinal);
        foreach (var (fact, _) in facts.All)
        {
            if (!rulesByKind.TryGetValue(fact.Kind, out var rules))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (fact.Value(rule.Field) is { } date && Other(schema, facts, fact, rule) is { } other && !InOrder(date.Data, other.Value.Data, rule.NotBefore))
                {
                    var where = other.Owner is { } owner ? $" (the {owner.Fact.Kind} '{owner.Fact.Id}', at {other.Value.Location.Display(owner.FileKey)})" : string.Empty;
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DateOrder,
                        date.Location,
                        other.Value.Location,
                        fact.Kind,
                        fact.Id,
                        rule.Field,
                        date.Written,
                        rule.NotBefore ? "before" : "after",
                        rule.OtherText,
                        other.Value.Written,
                        where,
                        rule.NotBefore ? "not before" : "not after"));
                }
            }
        }
    }

    /// <summary>The other date of a rule: the fact's own, or the referred fact's (with that fact, to name it); null when either is not given.</summary>
    private static (CheckedValue Value, (CheckedFact Fact, string FileKey)? Owner)? Other(SchemaModel schema, CheckedFacts facts, CheckedFact fact, DateOrderRule rule)
    {
        if (rule.Through is null)
        {
            return fact.Value(rule.Other) is { } own ? (own, null) : null;
        }

        var target = schema.Kind(fact.Kind)?.Field(rule.Through)?.Target;
        if (fact.Value(rule.Through) is not { } reference || facts.Find(target + "/" + reference.Written) is not { } owner || owner.Fact.Value(rule.Other) is not { } value)
        {
            return null; // no reference, a dangling one (BRF017), or no date there
        }

        return (value, owner);
    }

    /// <summary>
    /// Whether <paramref name="date"/> may be not before (or not after) <paramref name="other"/>: false only when every day
    /// the one could mean is before (after) every day the other could. Both are data lines of yyyy[-mm[-dd]].
    /// </summary>
    private static bool InOrder(string date, string other, bool notBefore)
        => notBefore
            ? string.CompareOrdinal(Latest(date), Earliest(other)) >= 0
            : string.CompareOrdinal(Earliest(date), Latest(other)) <= 0;

    private static string Earliest(string data) => Pad(data, "-01-01");

    // Day 31 of every month: only compared, never shown, and after every real day of the month.
    private static string Latest(string data) => Pad(data, "-12-31");

    private static string Pad(string data, string suffix)
    {
        var text = data.TrimStart('=');
        return text.Length >= 10 ? text : text + suffix.Substring(text.Length - 4);
    }
}
