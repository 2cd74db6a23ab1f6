using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Validation;

/// <summary>
/// What can only be checked with every file bound: duplicate ids, ids that make the same C# name,
/// references that lead nowhere or to the wrong kind, and the checks the schema declares (facts about the same thing
/// that disagree, dates out of order, required citations). Works on the small per-file indexes, never
/// on YAML, so it is cheap to re-run after any edit.
/// </summary>
internal static class CrossFileChecks
{
    public static EquatableArray<DiagnosticInfo> Run(IReadOnlyList<FileIndex> files, SchemaModel? schema)
    {
        if (schema is null)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.FileKey, StringComparer.Ordinal).ToList();
        var byId = CheckDeclarations(ordered, diagnostics);
        CheckReferences(ordered, byId, diagnostics);

        // The checks the schema declares (identity and agreement, date order, required citations) read the same index.
        var facts = new CheckedFacts(ordered);
        Contradictions.Check(schema, facts, diagnostics);
        DateOrders.Check(schema, facts, diagnostics);
        RequiredCitations.Check(schema, facts, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    /// <summary>Ids unique per kind, and no two ids of a kind making one C# name; returns kind → id → first declaration.</summary>
    private static Dictionary<string, Dictionary<string, (FactDeclaration Declaration, string FileKey)>> CheckDeclarations(List<FileIndex> ordered, List<DiagnosticInfo> diagnostics)
    {
        // kind → id → first declaration; kind → member → first declaration.
        var byId = new Dictionary<string, Dictionary<string, (FactDeclaration Declaration, string FileKey)>>(StringComparer.Ordinal);
        var byMember = new Dictionary<string, Dictionary<string, (FactDeclaration Declaration, string FileKey)>>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            foreach (var declaration in file.Declarations)
            {
                var ids = Get(byId, declaration.Kind);
                var members = Get(byMember, declaration.Kind);
                if (ids.TryGetValue(declaration.Id, out var first))
                {
                    // Reported at both places: whichever file a person just added or edited shows the error.
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateId,
                        declaration.Location,
                        first.Declaration.Location,
                        declaration.Kind,
                        declaration.Id,
                        first.Declaration.Location.Display(first.FileKey)));
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateId,
                        first.Declaration.Location,
                        declaration.Location,
                        declaration.Kind,
                        declaration.Id,
                        declaration.Location.Display(file.FileKey)));
                    continue;
                }

                ids[declaration.Id] = (declaration, file.FileKey);
                if (members.TryGetValue(declaration.MemberName, out var same))
                {
                    ReportCollision(diagnostics, declaration, file.FileKey, same);
                    continue;
                }

                members[declaration.MemberName] = (declaration, file.FileKey);
            }
        }

        return byId;
    }

    private static void ReportCollision(List<DiagnosticInfo> diagnostics, FactDeclaration declaration, string fileKey, (FactDeclaration Declaration, string FileKey) same)
    {
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.IdentifierCollision,
            declaration.Location,
            same.Declaration.Location,
            declaration.Kind,
            declaration.Id,
            declaration.MemberName,
            same.Declaration.Id,
            same.Declaration.Location.Display(same.FileKey)));
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.IdentifierCollision,
            same.Declaration.Location,
            declaration.Location,
            declaration.Kind,
            same.Declaration.Id,
            declaration.MemberName,
            declaration.Id,
            declaration.Location.Display(fileKey)));
    }

    /// <summary>Every reference names a fact of its kind: else a fact of another kind (BRF018) or none (BRF017).</summary>
    private static void CheckReferences(List<FileIndex> ordered, Dictionary<string, Dictionary<string, (FactDeclaration Declaration, string FileKey)>> byId, List<DiagnosticInfo> diagnostics)
    {
        foreach (var file in ordered)
        {
            foreach (var reference in file.References)
            {
                if (byId.TryGetValue(reference.TargetKind, out var ids) && ids.ContainsKey(reference.Id))
                {
                    continue;
                }

                var otherKind = byId.Where(k => k.Value.ContainsKey(reference.Id)).Select(k => k.Key).OrderBy(k => k, StringComparer.Ordinal).FirstOrDefault();
                if (otherKind is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceToWrongKind, reference.Location, reference.Field, reference.TargetKind, reference.Id, otherKind));
                    continue;
                }

                var candidates = ids?.Keys ?? Enumerable.Empty<string>();
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DanglingReference,
                    reference.Location,
                    reference.TargetKind,
                    reference.Id,
                    NearestMatch.Suggestion(reference.Id, candidates)));
            }
        }
    }

    private static Dictionary<string, (FactDeclaration Declaration, string FileKey)> Get(Dictionary<string, Dictionary<string, (FactDeclaration Declaration, string FileKey)>> map, string kind)
    {
        if (!map.TryGetValue(kind, out var inner))
        {
            inner = new Dictionary<string, (FactDeclaration Declaration, string FileKey)>(StringComparer.Ordinal);
            map[kind] = inner;
        }

        return inner;
    }
}
