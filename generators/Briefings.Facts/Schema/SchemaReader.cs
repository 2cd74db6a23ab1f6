using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>The schema and what was wrong with its files. Only <see cref="Model"/> flows on to binding.</summary>
public sealed record SchemaResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads the schema files (<c>schema.yaml</c>, or any <c>*.schema.yaml</c>) that declare each kind of
/// fact and its fields, checks them, and merges them into one <see cref="SchemaModel"/>. One reader per
/// construct: <see cref="SettingsReader"/>, <see cref="TypeReader"/>, <see cref="FieldReader"/> (with
/// <see cref="EnumValuesReader"/> and <see cref="DefaultReader"/>), then <see cref="SchemaResolver"/> across files.
/// </summary>
internal static class SchemaReader
{
    public const string DefaultNamespace = "Briefings.Facts";

    private static readonly string[] TopLevelKeys = { "schema", "structs", "kinds" };

    public static bool IsSchemaFile(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return name is "schema.yaml" or "schema.yml" || name.EndsWith(".schema.yaml", StringComparison.Ordinal) || name.EndsWith(".schema.yml", StringComparison.Ordinal);
    }

    public static SchemaResult Read(IEnumerable<FactFileText> files, string? defaultNamespace, CancellationToken cancellationToken)
    {
        var state = new SchemaState();
        foreach (var file in files.OrderBy(f => f.FileKey, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                ReadFile(file, state);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A generator must never throw (CS8785 drops all output).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(file.Path), ex.GetType().Name, ex.Message));
            }
        }

        if (state.Files == 0)
        {
            return new SchemaResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var model = SchemaResolver.Resolve(state, defaultNamespace);
        return new SchemaResult(model, state.Diagnostics.ToEquatableArray());
    }

    private static void ReadFile(FactFileText file, SchemaState state)
    {
        state.Files++;
        if (file.Text is null)
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, LocationInfo.FileStart(file.Path), "the compiler could not read it"));
            return;
        }

        var read = YamlReader.Read(file.Path, file.Text);
        state.Diagnostics.AddRange(read.Diagnostics);
        if (read.HasErrors || read.Root is null || read.Root.IsNull)
        {
            return;
        }

        ReadRoot(new SchemaNodeReader(state, read.Lines), read.Root);
    }

    private static void ReadRoot(SchemaNodeReader file, YamlNode root)
    {
        if (!file.ExpectMapping(root, "a mapping with 'kinds:' (and optionally 'schema:' and 'structs:')"))
        {
            return;
        }

        file.CheckKeys(root, TopLevelKeys, "at the top of a schema file");
        if (root.Get("schema") is { } settings && !settings.IsNull)
        {
            SettingsReader.Read(file, settings);
        }

        // Structs first: kinds may hold them.
        if (root.Get("structs") is { } structs && !structs.IsNull && file.ExpectMapping(structs, "a mapping of struct names to their declarations"))
        {
            // Every struct name of the file is known before any is read, so a struct that holds one declared below it
            // (a cycle: a -> b -> a) is told that structs do not nest, not that the type is unknown.
            file.State.StructNames.UnionWith(structs.Pairs.Select(p => p.Key.Value));
            foreach (var pair in structs.Pairs)
            {
                TypeReader.Read(file, pair.Key, pair.Value, isKind: false);
            }
        }

        if (root.Get("kinds") is { } kinds && !kinds.IsNull && file.ExpectMapping(kinds, "a mapping of kind names to their declarations"))
        {
            foreach (var pair in kinds.Pairs)
            {
                TypeReader.Read(file, pair.Key, pair.Value, isKind: true);
            }
        }
    }
}
