using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Naming;

namespace Briefings.Facts.Schema;

/// <summary>
/// Checks what needs every schema file at once (references between kinds, name clashes) and builds the model.
/// A kind that cannot be emitted is left out and named in <see cref="SchemaModel.BrokenKinds"/>, so its facts
/// give no cascade of errors.
/// </summary>
internal static class SchemaResolver
{
    private static readonly string[] RuntimeTypeNames = { "LocalizedText", "FactDate", "DatePrecision", "Percent", "Money", "Ref", "IFact", "Uri", "String", "Object", "Array" };

    public static SchemaModel Resolve(SchemaState state, string? defaultNamespace)
    {
        var namespaceName = state.Namespace ?? (defaultNamespace is { Length: > 0 } ns && Identifiers.IsNamespace(ns) ? ns : SchemaReader.DefaultNamespace);
        var catalog = state.Catalog ?? "Facts";
        var languages = state.Languages ?? new List<string> { "en" };
        var broken = new HashSet<string>(state.BrokenKinds, StringComparer.Ordinal);
        var extraLanguages = ExtraLanguages(state, languages);

        CheckTypeNames(state, catalog, broken);
        CheckCatalogClasses(state, catalog, broken);
        CheckTargets(state, broken);
        SpreadBreakage(state, broken);

        // Labels are checked only on what is emitted (a broken kind has its own errors), in declaration order.
        TypeModel Labelled(DeclaredType type, int order) => LabelResolver.Apply(type, languages, state.Diagnostics) with { Order = order };
        var structs = state.Structs.Where(s => !broken.Contains(s.Model.Name)).Select(s => Labelled(s, 0)).ToList();
        var kinds = state.Kinds.Select((k, order) => (k, order)).Where(x => !broken.Contains(x.k.Model.Name)).Select(x => Labelled(x.k, x.order)).ToList();
        kinds = ChecksResolver.Apply(state, kinds, structs);
        return new SchemaModel(
            namespaceName,
            catalog,
            languages.ToEquatableArray(),
            kinds.OrderBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray(),
            structs.OrderBy(s => s.Name, StringComparer.Ordinal).ToEquatableArray(),
            broken.OrderBy(b => b, StringComparer.Ordinal).ToEquatableArray(),
            state.Slug,
            extraLanguages);
    }

    /// <summary><c>extra-languages:</c> less those also in <c>languages:</c>, each reported where it was written (it is listed twice).</summary>
    private static EquatableArray<string> ExtraLanguages(SchemaState state, List<string> languages)
    {
        var extra = new List<string>();
        foreach (var (tag, location) in state.ExtraLanguages)
        {
            if (languages.Contains(tag))
            {
                state.Report(location, $"'{tag}' is already a language of the briefings ('languages:'), so it is not an extra language; remove it from 'extra-languages:'.");
            }
            else
            {
                extra.Add(tag);
            }
        }

        return extra.ToEquatableArray();
    }

    /// <summary>Every generated type name (records, enums, the catalog) must be unique within the namespace.</summary>
    private static void CheckTypeNames(SchemaState state, string catalog, HashSet<string> broken)
    {
        var typeNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [catalog] = "the catalog",
            [SchemaModel.ModelClassNameOf(catalog)] = "the model class",
        };
        foreach (var type in state.Structs.Concat(state.Kinds))
        {
            var names = new List<string> { type.Model.TypeName };
            names.AddRange(type.Model.Fields.Where(f => f.Type == FieldType.Enum).Select(f => type.Model.EnumTypeName(f)));
            foreach (var name in names)
            {
                if (typeNames.TryGetValue(name, out var owner) || Array.IndexOf(RuntimeTypeNames, name) >= 0)
                {
                    state.Report(type.Location, $"'{type.Model.Name}' makes the C# type '{name}', which {owner ?? "the runtime library"} already uses; rename the kind, struct or field.");
                    broken.Add(type.Model.Name);
                }
                else
                {
                    typeNames[name] = $"'{type.Model.Name}'";
                }
            }
        }
    }

    /// <summary>The catalog class's own members: neither a kind's class nor the catalog itself may have their names.</summary>
    public static readonly string[] CatalogMembers = { "All", "Languages", "SchemaFingerprint", "ReplaceFactData" };

    /// <summary>Each kind's catalog class (<c>Facts.MarketMoves</c>) must be free, and must not have the catalog's own name.</summary>
    private static void CheckCatalogClasses(SchemaState state, string catalog, HashSet<string> broken)
    {
        var catalogClasses = new HashSet<string>(CatalogMembers, StringComparer.Ordinal);
        foreach (var kind in state.Kinds)
        {
            if (kind.Model.CatalogName == catalog)
            {
                state.Report(state.CatalogLocation ?? kind.Location, $"the catalog '{catalog}' has the name of the kind '{kind.Model.Name}''s class inside it ('{catalog}.{kind.Model.CatalogName}'), and a class cannot hold a member of its own name; name the catalog otherwise, or give the kind another 'plural:'.");
                broken.Add(kind.Model.Name);
            }
            else if (!catalogClasses.Add(kind.Model.CatalogName!))
            {
                state.Report(kind.Location, $"the kind '{kind.Model.Name}' makes the catalog class '{catalog}.{kind.Model.CatalogName}', which is already taken; give it another 'plural:'.");
                broken.Add(kind.Model.Name);
            }
        }
    }

    /// <summary>Each ref names a declared kind (and each struct field a declared struct), wherever it is declared.</summary>
    private static void CheckTargets(SchemaState state, HashSet<string> broken)
    {
        var kindNames = state.Kinds.Select(k => k.Model.Name).ToList();
        var structNames = state.Structs.Select(s => s.Model.Name).ToList();
        foreach (var type in state.Structs.Concat(state.Kinds))
        {
            foreach (var pending in type.Targets)
            {
                var list = pending.Field.Type == FieldType.Ref ? kindNames : structNames;
                if (list.Contains(pending.Field.Target!))
                {
                    continue;
                }

                // A kind refused where it is declared has its own error; a reference to it says nothing more.
                if (!broken.Contains(pending.Field.Target!) || state.StructNames.Contains(pending.Field.Target!))
                {
                    state.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnknownReferenceTarget,
                        pending.Location,
                        pending.Field.Name,
                        pending.Field.Target!,
                        NearestMatch.Suggestion(pending.Field.Target!, list)));
                }

                broken.Add(type.Model.Name);
            }
        }
    }

    /// <summary>A type that holds a broken struct or refers to a broken kind cannot be emitted either; repeat until nothing changes.</summary>
    private static void SpreadBreakage(SchemaState state, HashSet<string> broken)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var type in state.Structs.Concat(state.Kinds))
            {
                if (!broken.Contains(type.Model.Name) && type.Model.Fields.Any(f => (f.Type is FieldType.Ref or FieldType.Struct) && broken.Contains(f.Target!)))
                {
                    broken.Add(type.Model.Name);
                    changed = true;
                }
            }
        }
        while (changed);
    }
}
