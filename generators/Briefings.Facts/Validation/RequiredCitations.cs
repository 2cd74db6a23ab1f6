using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Emit;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Validation;

/// <summary>
/// A kind's <c>must-cite:</c> rules: its citations (any of their reference fields: the source, a via) must name the fact
/// its reference field names (<c>said-in</c>), or a fact whose field holds a value (<c>{ source-type: article }</c>).
/// A missing one is BRF044 at the fact's citations field (or its id, when it has none).
/// </summary>
internal static class RequiredCitations
{
    public static void Check(SchemaModel schema, CheckedFacts facts, List<DiagnosticInfo> diagnostics)
    {
        foreach (var (fact, _) in facts.All)
        {
            if (schema.Kind(fact.Kind) is not { } kind)
            {
                continue;
            }

            foreach (var rule in kind.DeclaredChecks.MustCite)
            {
                if (Missing(kind, facts, fact, rule) is { } missing)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCitation, fact.CitationsLocation, fact.Kind, fact.Id, missing, rule.Text));
                }
            }
        }
    }

    /// <summary>
    /// What the fact fails to cite, in words; null when it cites it, or the rule's field is not given, or a citation names
    /// a fact that does not exist (BRF017 says so, and that fact might have been the one).
    /// </summary>
    private static string? Missing(TypeModel kind, CheckedFacts facts, CheckedFact fact, CitationRule rule)
    {
        if (rule.Field is not null)
        {
            var target = kind.Field(rule.Field)!.Target!;
            return fact.Value(rule.Field) is { } named && !fact.Cited.Contains(target + "/" + named.Written)
                ? $"the {target} '{named.Written}' its field '{rule.Field}' names"
                : null;
        }

        var wanted = FactData.Value(rule.SourceValue!);
        return fact.Cited.Any(key => !facts.Exists(key)) || fact.Cited.Any(key => facts.Find(key)?.Fact.Value(rule.SourceField!)?.Data == wanted)
            ? null
            : $"a fact whose '{rule.SourceField}' is '{rule.SourceValue}'";
    }
}
