using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Emit;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;
using Briefings.Facts.Validation;

namespace Briefings.Facts.Pipeline;

/// <summary>
/// The steps of the fact pipeline, each a pure function of location-free values, in the order they run:
/// file texts → (schema files) one schema → (each fact file on its own) a binding → cross-file checks → the catalog
/// → generated sources. The generator wires them into Roslyn's incremental graph; <see cref="FactBaseSession"/> calls
/// them with its own per-file cache. A rule of the pipeline (which files are facts, the "no schema" error, catalog
/// order) lives here once.
/// </summary>
public static class FactPipeline
{
    /// <summary>Whether the pipeline reads the file at all: every <c>.yaml</c> and <c>.yml</c>.</summary>
    public static bool IsYaml(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the file is read as a schema file (schema.yaml, *.schema.yaml), never as facts.</summary>
    public static bool IsSchemaFile(string path) => SchemaReader.IsSchemaFile(path);

    /// <summary>The path relative to the facts folder's parent, with '/', for ordering and messages; never machine-specific in output.</summary>
    public static string FileKey(string path, string root)
    {
        var normalized = path.Replace('\\', '/');
        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/');
        if (normalizedRoot.Length > 0)
        {
            var parent = normalizedRoot.LastIndexOf('/') is var slash and >= 0 ? normalizedRoot.Substring(0, slash + 1) : string.Empty;
            if (normalized.StartsWith(normalizedRoot + "/", StringComparison.Ordinal) && parent.Length > 0)
            {
                return normalized.Substring(parent.Length);
            }
        }

        return Path.GetFileName(normalized);
    }

    /// <summary>A file as the pipeline reads it: its path, its key under <paramref name="factsRoot"/>, its text (null: unreadable).</summary>
    public static FactFileText File(string path, string factsRoot, string? text) => new(path, FileKey(path, factsRoot), text);

    /// <summary>Step 1: all schema files merged into one model (null if there is none, or it is broken), with the schema's diagnostics.</summary>
    public static SchemaResult ReadSchema(IEnumerable<FactFileText> schemaFiles, string? defaultNamespace, CancellationToken cancellationToken)
        => SchemaReader.Read(schemaFiles, defaultNamespace, cancellationToken);

    /// <summary>
    /// The schema's diagnostics as reported: its own, and BRF026 when fact files exist but no schema model does.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> SchemaDiagnostics(SchemaResult schema, bool anyFactFile)
        => schema.Model is null && anyFactFile
            ? schema.Diagnostics.Append(DiagnosticInfo.Create(DiagnosticDescriptors.NoSchema, null)).ToEquatableArray()
            : schema.Diagnostics;

    /// <summary>Step 2: one fact file bound on its own against the schema: its facts, its index for step 3, its diagnostics.</summary>
    public static FileBinding BindFile(FactFileText file, SchemaModel? schema, CancellationToken cancellationToken)
        => FactFileBinder.Bind(file, schema, cancellationToken);

    /// <summary>Step 3: references, duplicate ids and C# name collisions across every file's index.</summary>
    public static EquatableArray<DiagnosticInfo> CheckAcrossFiles(IReadOnlyList<FileIndex> files, SchemaModel? schema)
        => CrossFileChecks.Run(files, schema);

    /// <summary>Step 4: every file's facts in catalog order (by kind and id), or null without a schema.</summary>
    public static CatalogSpec? Catalog(IEnumerable<EquatableArray<FactSpec>> files, SchemaModel? schema)
        => schema is null ? null : CatalogSpec.Create(files, schema);

    /// <summary>Step 4's own diagnostics: a kind too large for a member per fact (BRF035).</summary>
    public static EquatableArray<DiagnosticInfo> CatalogDiagnostics(CatalogSpec? catalog) => catalog?.Diagnostics() ?? EquatableArray<DiagnosticInfo>.Empty;

    /// <summary>Step 5a: the C# that depends on the schema alone (types, the catalog's root), as (hint name, source).</summary>
    public static IEnumerable<(string HintName, string Source)> EmitTypes(SchemaModel schema) => ModelEmitter.EmitTypes(schema);

    /// <summary>Step 5b: the C# of the catalog, one source per kind, as (hint name, source).</summary>
    public static IEnumerable<(string HintName, string Source)> EmitCatalog(CatalogSpec catalog) => ModelEmitter.EmitCatalog(catalog);

    /// <summary>Names a schema by its generated types, as the compiled catalog's SchemaFingerprint does.</summary>
    public static string SchemaFingerprint(SchemaModel schema) => ModelEmitter.Fingerprint(schema);

    /// <summary>A kind's fact data as the compiled catalog holds it (see Briefings.Runtime.FactDataReader).</summary>
    public static string KindData(CatalogSpec catalog, string kind) => FactData.Body(catalog.Facts.Where(f => f.Kind == kind).Select(f => f.Data));

    /// <summary>
    /// How fact data is compiled in: <c>string</c>, <c>deflate</c> or <c>utf8</c> forces a form; anything else (null)
    /// picks by size (see <see cref="DeflatedData.Choose"/>).
    /// </summary>
    public static FactDataForm? ForcedDataForm(string setting) => setting.Trim().ToLowerInvariant() switch
    {
        "string" => FactDataForm.Text,
        "deflate" => FactDataForm.Deflated,
        "utf8" => FactDataForm.Utf8,
        _ => null,
    };
}
