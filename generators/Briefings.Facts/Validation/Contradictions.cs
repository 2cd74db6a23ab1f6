using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Validation;

/// <summary>
/// Facts of a kind that declares <c>identity:</c> and <c>agree:</c> describe one thing when they have equal values of every
/// identity field (a fact that leaves one out identifies nothing); such facts must give equal values of each agree field
/// that both give. A disagreement is reported at both values (BRF040, or BRF041 with <c>disagreement: error</c>), each
/// naming the other, unless a fact's <c>role: disputes</c> field lists both.
/// </summary>
internal static class Contradictions
{
    public static void Check(SchemaModel schema, CheckedFacts facts, List<DiagnosticInfo> diagnostics)
    {
        foreach (var kind in schema.Kinds.Where(k => k.DeclaredChecks.HasIdentity))
        {
            var checks = kind.DeclaredChecks;
            var groups = new Dictionary<string, List<(CheckedFact Fact, string FileKey)>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var entry in facts.All.Where(e => e.Fact.Kind == kind.Name))
            {
                var identity = checks.Identity.Select(entry.Fact.Value).ToList();
                if (identity.Any(v => v is null))
                {
                    continue;
                }

                var key = string.Join("\u0001", identity.Select(v => v!.Data));
                if (!groups.TryGetValue(key, out var group))
                {
                    groups.Add(key, group = new List<(CheckedFact, string)>());
                    order.Add(key);
                }

                group.Add(entry);
            }

            foreach (var group in order.Select(k => groups[k]).Where(g => g.Count > 1))
            {
                foreach (var field in checks.Agree)
                {
                    CheckField(kind, field, group, facts, diagnostics);
                }
            }
        }
    }

    /// <summary>Each fact of the group that gives <paramref name="field"/> is compared with the first that gives it otherwise (and is not disputed with it).</summary>
    private static void CheckField(TypeModel kind, string field, List<(CheckedFact Fact, string FileKey)> group, CheckedFacts facts, List<DiagnosticInfo> diagnostics)
    {
        var giving = group.Where(e => e.Fact.Value(field) is not null).ToList();
        foreach (var (fact, _) in giving)
        {
            var value = fact.Value(field)!;
            var other = giving.FirstOrDefault(e => e.Fact.Value(field)!.Data != value.Data && !facts.IsDisputed(fact, e.Fact) && !facts.IsDisputed(e.Fact, fact));
            if (other.Fact is null)
            {
                continue;
            }

            var otherValue = other.Fact.Value(field)!;
            var identity = string.Join(", ", kind.DeclaredChecks.Identity.Select(f => f + ": " + fact.Value(f)!.Written));
            diagnostics.Add(DiagnosticInfo.Create(
                kind.DeclaredChecks.DisagreementIsError ? DiagnosticDescriptors.DisagreementError : DiagnosticDescriptors.Disagreement,
                value.Location,
                otherValue.Location,
                kind.Name,
                fact.Id,
                field,
                value.Written,
                other.Fact.Id,
                otherValue.Location.Display(other.FileKey),
                otherValue.Written,
                identity));
        }
    }
}
