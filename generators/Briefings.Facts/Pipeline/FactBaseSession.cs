using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Pipeline;

/// <summary>What one update of a <see cref="FactBaseSession"/> found.</summary>
public sealed record FactBaseResult(
    IReadOnlyList<DiagnosticInfo> Diagnostics,
    string? SchemaFingerprint,
    IReadOnlyDictionary<string, byte[]> DataByKind,
    int FilesBound)
{
    /// <summary>Each fact's data block by <c>kind/id</c>: comparing two results tells which facts an edit changed.</summary>
    public IReadOnlyDictionary<string, string> FactData { get; init; } = new Dictionary<string, string>();

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The schema model the facts were bound to, or null if there is none (or it is broken).</summary>
    public SchemaModel? Schema { get; init; }

    /// <summary>The schema's own diagnostics (and BRF026 when fact files exist but no schema does), apart from the facts'.</summary>
    public IReadOnlyList<DiagnosticInfo> SchemaDiagnostics { get; init; } = [];

    /// <summary>
    /// Every id declared, by kind, in ordinal order, once each: what a reference may name without BRF017, so it
    /// includes a fact whose other fields are wrong (its id still resolves) and leaves out a malformed id.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> IdsByKind { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// The fact pipeline with a per-file cache, for a warm process such as the watch loop or a one-shot tool: the
/// <see cref="FactPipeline"/> steps the generator runs in Roslyn's incremental graph, called in the same order, with
/// this cache in place of Roslyn's. An edited fact file is re-bound alone; a schema edit re-binds all.
/// Not thread-safe: one caller at a time.
/// </summary>
public sealed class FactBaseSession
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
            var file = FactPipeline.File(path, factsRoot, text);
            if (FactPipeline.IsSchemaFile(path))
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
            schema = FactPipeline.ReadSchema(schemaFiles.Values.OrderBy(f => f.Path, StringComparer.Ordinal), defaultNamespace, cancellationToken);
            schemaFingerprint = schema.Model is null ? null : FactPipeline.SchemaFingerprint(schema.Model); // once per schema, not per edit
            if (!Equals(previous, schema.Model))
            {
                // Every binding depends on the schema model, as in the generator's Combine.
                changedFacts = factFiles.Values.Select(f => f.File).Concat(changedFacts).GroupBy(f => f.Path).Select(g => g.Last()).ToList();
            }
        }

        foreach (var file in changedFacts)
        {
            factFiles[file.Path] = (file, FactPipeline.BindFile(file, schema.Model, cancellationToken));
            bound++;
        }

        var bindings = factFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.Binding).ToList();
        var schemaDiagnostics = FactPipeline.SchemaDiagnostics(schema, anyFactFile: bindings.Count > 0);
        var diagnostics = new List<DiagnosticInfo>(schemaDiagnostics);
        diagnostics.AddRange(bindings.SelectMany(b => b.Diagnostics));
        diagnostics.AddRange(FactPipeline.CheckAcrossFiles(bindings.Select(b => b.Index).ToList(), schema.Model));

        var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (schema.Model is { } model && FactPipeline.Catalog(bindings.Select(b => b.Facts), model) is { } catalog)
        {
            foreach (var fact in catalog.Facts)
            {
                facts[fact.Kind + "/" + fact.Id] = fact.Data;
            }

            foreach (var kind in model.Kinds)
            {
                data[kind.Name] = Encoding.UTF8.GetBytes(FactPipeline.KindData(catalog, kind.Name));
            }
        }

        return new FactBaseResult(diagnostics, schemaFingerprint, data, bound)
        {
            FactData = facts,
            Schema = schema.Model,
            SchemaDiagnostics = schemaDiagnostics,
            IdsByKind = DeclaredIds(bindings),
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> DeclaredIds(List<FileBinding> bindings)
        => bindings
            .SelectMany(b => b.Index.Declarations)
            .GroupBy(d => d.Kind, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(d => d.Id).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);

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
