using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Briefings.Generators.Binding;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Emit;
using Briefings.Generators.Helpers;
using Briefings.Generators.Schema;
using Briefings.Generators.Validation;

namespace Briefings.Generators.Hosting;

/// <summary>What one update of a <see cref="FactBaseSession"/> found.</summary>
internal sealed record FactBaseResult(
    IReadOnlyList<DiagnosticInfo> Diagnostics,
    string? SchemaFingerprint,
    IReadOnlyDictionary<string, byte[]> DataByKind,
    int FilesBound)
{
    /// <summary>Each fact's data block by <c>kind/id</c>: comparing two results tells which facts an edit changed.</summary>
    public IReadOnlyDictionary<string, string> FactData { get; init; } = new Dictionary<string, string>();

    public bool HasErrors => Diagnostics.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
}

/// <summary>
/// The generator's pipeline outside the compiler, for a warm process such as the watch loop: the same
/// schema reader, per-file binder, cross-file checks and catalog ordering, called in the same order, with a
/// per-file cache in place of Roslyn's. An edited fact file is re-bound alone; a schema edit re-binds all.
/// Not thread-safe: one caller at a time.
/// </summary>
internal sealed class FactBaseSession
{
    private readonly string factsRoot;
    private readonly string? defaultNamespace;
    private readonly Dictionary<string, FactFileText> schemaFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FactFileText File, FileBinding Binding)> factFiles = new(StringComparer.Ordinal);
    private SchemaResult? schema;
    private string? schemaFingerprint;

    public FactBaseSession(string factsRoot, string? defaultNamespace)
    {
        this.factsRoot = factsRoot;
        this.defaultNamespace = defaultNamespace;
    }

    /// <summary>
    /// Takes new texts (null: the file was deleted) and returns the whole fact base's diagnostics and data.
    /// Only files whose text changed are read again.
    /// </summary>
    public FactBaseResult Update(IEnumerable<(string Path, string? Text)> changes, CancellationToken cancellationToken = default)
    {
        var schemaChanged = schema is null;
        var changedFacts = new List<FactFileText>();
        foreach (var (path, text) in changes)
        {
            var file = new FactFileText(path, FactModelGenerator.FileKey(path, factsRoot), text);
            if (SchemaReader.IsSchemaFile(path))
            {
                schemaChanged |= Replace(schemaFiles, path, text is null ? null : file);
            }
            else if (text is null)
            {
                factFiles.Remove(path);
            }
            else if (!factFiles.TryGetValue(path, out var known) || known.File != file)
            {
                changedFacts.Add(file);
            }
        }

        var bound = 0;
        if (schemaChanged || schema is null)
        {
            var previous = schema?.Model;
            schema = SchemaReader.Read(schemaFiles.Values.OrderBy(f => f.Path, StringComparer.Ordinal), defaultNamespace, cancellationToken);
            schemaFingerprint = schema.Model is null ? null : ModelEmitter.Fingerprint(schema.Model); // once per schema, not per edit
            if (!Equals(previous, schema.Model))
            {
                // Every binding depends on the schema model, as in the generator's Combine.
                changedFacts = factFiles.Values.Select(f => f.File).Concat(changedFacts).GroupBy(f => f.Path).Select(g => g.Last()).ToList();
            }
        }

        foreach (var file in changedFacts)
        {
            factFiles[file.Path] = (file, FactFileBinder.Bind(file, schema.Model, cancellationToken));
            bound++;
        }

        var bindings = factFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.Binding).ToList();
        var diagnostics = new List<DiagnosticInfo>(schema.Diagnostics);
        if (schema.Model is null && bindings.Count > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoSchema, null));
        }

        diagnostics.AddRange(bindings.SelectMany(b => b.Diagnostics));
        diagnostics.AddRange(CrossFileChecks.Run(bindings.Select(b => b.Index).ToImmutableArray(), schema.Model));

        var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (schema.Model is { } model)
        {
            var catalog = CatalogSpec.Create(bindings.Select(b => b.Facts).ToImmutableArray(), model);
            foreach (var fact in catalog.Facts)
            {
                facts[fact.Kind + "/" + fact.Id] = fact.Data;
            }

            foreach (var kind in model.Kinds)
            {
                data[kind.Name] = Encoding.UTF8.GetBytes(FactData.Body(catalog.Facts.Where(f => f.Kind == kind.Name).Select(f => f.Data)));
            }
        }

        return new FactBaseResult(diagnostics, schemaFingerprint, data, bound) { FactData = facts };
    }

    private static bool Replace(Dictionary<string, FactFileText> files, string path, FactFileText? file)
    {
        if (file is null)
        {
            return files.Remove(path);
        }

        if (files.TryGetValue(path, out var known) && known == file)
        {
            return false;
        }

        files[path] = file;
        return true;
    }
}
