using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Emit;
using Briefings.Facts.Helpers;
using Briefings.Facts.Naming;
using Briefings.Facts.Schema;
using Briefings.Facts.Values;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Binding;

/// <summary>
/// Reads and binds one fact file on its own: YAML → nodes → typed facts, with every problem reported
/// at its line and column. A file holds one fact (<c>kind:</c>, <c>id:</c> and fields) or several
/// (<c>kind:</c> and a <c>facts:</c> list).
/// </summary>
internal static class FactFileBinder
{
    /// <summary>Names the catalog class of each kind already uses, so no fact may take them.</summary>
    public static readonly string[] ReservedMemberNames = { "All", "Count", "Find", "Get" };

    public static FileBinding Bind(FactFileText file, SchemaModel? schema, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var facts = new List<FactSpec>();
        var declarations = new List<FactDeclaration>();
        var references = new List<FactReference>();
        var checkedFacts = new List<CheckedFact>();
        try
        {
            BindFile(file, schema, diagnostics, facts, declarations, (references, checkedFacts), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A generator must never throw: one exception drops every file's output (CS8785).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(file.Path), ex.GetType().Name, ex.Message));
            facts.Clear();
        }

        return new FileBinding(
            file.FileKey,
            facts.ToEquatableArray(),
            new FileIndex(file.FileKey, declarations.ToEquatableArray(), references.ToEquatableArray()) { Checked = checkedFacts.ToEquatableArray() },
            diagnostics.Take(Limits.MaxDiagnosticsPerFile).ToEquatableArray());
    }

    private static void BindFile(
        FactFileText file,
        SchemaModel? schema,
        List<DiagnosticInfo> diagnostics,
        List<FactSpec> facts,
        List<FactDeclaration> declarations,
        (List<FactReference> References, List<CheckedFact> Checked) index,
        CancellationToken cancellationToken)
    {
        if (file.Text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, LocationInfo.FileStart(file.Path), "the compiler could not read it"));
            return;
        }

        var read = YamlReader.Read(file.Path, file.Text);
        diagnostics.AddRange(read.Diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        if (read.HasErrors || schema is null)
        {
            return;
        }

        var root = read.Root;
        if (root is null || root.IsNull)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, LocationInfo.FileStart(file.Path)));
            return;
        }

        var context = new BindContext(schema, read.Lines, diagnostics);
        if (root.Kind != YamlNodeKind.Mapping)
        {
            context.Report(DiagnosticDescriptors.WrongShape, root, "a mapping that starts with 'kind:'", root.Describe());
            return;
        }

        var kindNode = root.Get("kind");
        if (kindNode is null || kindNode.IsNull)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingKind, read.Lines.Span(root.Start, root.Start), KindList(schema)));
            return;
        }

        if (kindNode.Kind != YamlNodeKind.Scalar)
        {
            context.Report(DiagnosticDescriptors.WrongShape, kindNode, "the name of a kind of fact", kindNode.Describe());
            return;
        }

        var kind = schema.Kind(kindNode.Value);
        if (kind is null)
        {
            if (!schema.BrokenKinds.Contains(kindNode.Value))
            {
                context.Report(DiagnosticDescriptors.UnknownKind, kindNode, YamlNode.Shorten(kindNode.Value), NearestMatch.Suggestion(kindNode.Value, schema.Kinds.Select(k => k.Name)), KindList(schema));
            }

            return; // a kind whose declaration is broken was reported in the schema already
        }

        var factsNode = root.Get("facts");
        if (factsNode is null)
        {
            BindFact(context, file.FileKey, kind, root, facts, declarations);
        }
        else
        {
            BindList(context, file.FileKey, kind, root, factsNode, facts, declarations, cancellationToken);
        }

        index.References.AddRange(context.References);
        index.Checked.AddRange(context.Checked);
    }

    /// <summary>A file that lists facts of one kind under <c>facts:</c>; only <c>kind:</c> may stand beside it.</summary>
    private static void BindList(BindContext context, string fileKey, TypeModel kind, YamlNode root, YamlNode factsNode, List<FactSpec> facts, List<FactDeclaration> declarations, CancellationToken cancellationToken)
    {
        foreach (var pair in root.Pairs.Where(p => p.Key.Value is not "kind" and not "facts"))
        {
            context.Report(DiagnosticDescriptors.WrongShape, pair.Key, "only 'kind:' and 'facts:' at the top of a file that lists facts (put fields inside each fact)", $"'{YamlNode.Shorten(pair.Key.Value)}:'");
        }

        if (factsNode.Kind != YamlNodeKind.Sequence)
        {
            context.Report(DiagnosticDescriptors.WrongShape, factsNode, $"a list of {kind.Name} facts under 'facts:'", factsNode.Describe());
            return;
        }

        foreach (var item in factsNode.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Kind != YamlNodeKind.Mapping)
            {
                context.Report(DiagnosticDescriptors.WrongShape, item, $"a {kind.Name} (a mapping with 'id:' and its fields)", item.Describe());
                continue;
            }

            if (item.Get("kind") is { } innerKind && !string.Equals(innerKind.Value, kind.Name, StringComparison.Ordinal))
            {
                context.Report(DiagnosticDescriptors.WrongShape, innerKind, $"'{kind.Name}', the kind given at the top of the file, or no 'kind:' at all", innerKind.Describe());
                continue;
            }

            BindFact(context, fileKey, kind, item, facts, declarations);
        }
    }

    private static void BindFact(BindContext context, string fileKey, TypeModel kind, YamlNode mapping, List<FactSpec> facts, List<FactDeclaration> declarations)
    {
        var idNode = mapping.Get("id");
        string? id = null;
        if (idNode is null || idNode.IsNull)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingId, context.Lines.Span(mapping.Start, mapping.Start), kind.Name));
        }
        else if (idNode.Kind != YamlNodeKind.Scalar)
        {
            context.Report(DiagnosticDescriptors.WrongShape, idNode, "a slug id such as 'nvidia-shares-fall'", idNode.Describe());
        }
        else if (!Identifiers.IsSlug(idNode.Value))
        {
            context.Report(DiagnosticDescriptors.InvalidId, idNode, YamlNode.Shorten(idNode.Value), ScalarRules.SlugTooLong(idNode.Value) ?? $"use lower-case ASCII letters and digits joined by single hyphens, such as '{Identifiers.Slugify(idNode.Value)}'");
        }
        else
        {
            id = idNode.Value;
        }

        string? member = null;
        if (id is not null)
        {
            member = Identifiers.ToPascalCase(id);
            if (Array.IndexOf(ReservedMemberNames, member) >= 0 || member == kind.CatalogName)
            {
                context.Report(DiagnosticDescriptors.ReservedName, idNode!, "id", id, member);
                member = null;
            }
            else
            {
                declarations.Add(new FactDeclaration(kind.Name, id, member, context.Lines.Node(idNode!)));
            }
        }

        var values = FieldBinder.BindFields(context, kind, mapping, id ?? "(no id)", FieldBinder.FactKeys);
        if (values is not null && id is not null && member is not null)
        {
            facts.Add(new FactSpec(kind.Name, id, member, fileKey, FactData.Id(id) + "\n" + string.Join("\n", values)));
            CheckIndex.Add(context, kind, mapping, id, idNode!, values);
        }
    }

    private static string KindList(SchemaModel schema) => schema.Kinds.Count == 0 ? "(none declared)" : string.Join(", ", schema.Kinds.Select(k => k.Name));
}
