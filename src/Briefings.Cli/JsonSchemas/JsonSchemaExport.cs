using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using Briefings.Cli.Watch;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Pipeline;
using Briefings.Facts.Schema;

namespace Briefings.Cli.JsonSchemas;

/// <summary>One generated file: its name in the output folder and its text (UTF-8, LF, ends with a newline).</summary>
internal sealed record SchemaFile(string Name, string Text);

/// <summary>A facts folder as the exporter reads it: the schema model (null if it is broken), the ids its facts hold, the schema's located errors.</summary>
internal sealed record FactsReading(SchemaModel? Model, ReferenceIds Ids, IReadOnlyList<string> Errors);

/// <summary>
/// The YAML schema of a facts folder and the ids its facts hold, read by the fact pipeline the generator runs
/// (<see cref="FactBaseSession"/>), as JSON Schemas (draft-07, which every YAML language server understands): one per
/// kind, <c>&lt;kind&gt;.schema.json</c>, for the <c># yaml-language-server: $schema=...</c> line of a fact file, and
/// <c>fact.schema.json</c>, which picks the kind's schema by the file's <c>kind:</c> (for editor settings that map every
/// fact file to one schema). A reference field lists the ids its kind holds, so an editor completes them and flags a
/// dangling one. Broken facts never stop the export: it lists what binds (the build reports the rest).
/// This class reads, exports and writes the files; <see cref="KindSchemaWriter"/> and <see cref="FieldSchemaWriter"/> write the JSON.
/// </summary>
internal static class JsonSchemaExport
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";
    public const string CombinedName = "fact.schema.json";

    /// <summary>Reads every YAML file under <paramref name="factsFolder"/> (as the build hands them to the generator) with one pipeline run.</summary>
    public static FactsReading Read(string factsFolder)
    {
        var root = Path.GetFullPath(factsFolder);
        var texts = FactFolder.Files(root).Select(path => (path, FactFolder.Read(path))).ToList();
        return Reading(new FactBaseSession(root, null).Update(texts));
    }

    /// <summary>Only the schema files under <paramref name="factsFolder"/>, read by the pipeline's first step: the model, or the located schema errors.</summary>
    public static (SchemaModel? Model, IReadOnlyList<string> Errors) ReadSchema(string factsFolder)
    {
        var root = Path.GetFullPath(factsFolder);
        var files = FactFolder.Files(root).Where(FactPipeline.IsSchemaFile).Select(path => FactPipeline.File(path, root, FactFolder.Read(path)));
        var result = FactPipeline.ReadSchema(files, null, CancellationToken.None);

        // A facts folder is read for its facts, so no schema is the pipeline's BRF026, as the build reports it.
        var errors = FactPipeline.SchemaDiagnostics(result, anyFactFile: true).Where(d => d.IsError).Select(d => d.Format()).ToList();
        return (errors.Count == 0 ? result.Model : null, errors);
    }

    /// <summary>What the exporter needs of a pipeline run: a schema without errors, the ids, the schema's errors (BRF026 if there is no schema).</summary>
    public static FactsReading Reading(FactBaseResult result, TitleCache? titles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.SchemaDiagnostics.Where(d => d.IsError).Select(d => d.Format()).ToList();
        if (result.Schema is null && errors.Count == 0)
        {
            // A facts folder is read for its facts, so no schema is the pipeline's BRF026, as the build reports it.
            errors.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoSchema, null).Format());
        }

        return new FactsReading(errors.Count == 0 ? result.Schema : null, ReferenceIds.From(result, titles), errors);
    }

    /// <summary>Whether the generator reads the file as a schema file (schema.yaml, *.schema.yaml), never as facts.</summary>
    public static bool IsSchemaFile(string path) => FactPipeline.IsSchemaFile(path);

    /// <summary>The files for a facts folder, or its located schema errors.</summary>
    public static (IReadOnlyList<SchemaFile> Files, IReadOnlyList<string> Errors) ExportFolder(string factsFolder)
    {
        var reading = Read(factsFolder);
        return (reading.Model is null ? [] : Export(reading.Model, reading.Ids), reading.Errors);
    }

    /// <summary>Each kind's declared field names, as the YAML schema declares them (for checks of the export).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FieldsByKind(string factsFolder)
    {
        var reading = Read(factsFolder);
        if (reading.Model is null)
        {
            throw new InvalidOperationException(string.Join("\n", reading.Errors));
        }

        return reading.Model.Kinds.ToDictionary(k => k.Name, k => (IReadOnlyList<string>)k.Fields.Select(f => f.Name).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The files for a schema and the ids its facts hold, ordered by name; the same bytes for the same schema and ids.</summary>
    public static IReadOnlyList<SchemaFile> Export(SchemaModel schema, ReferenceIds ids)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(ids);
        var files = schema.Kinds.Select(kind => new SchemaFile(kind.Name + ".schema.json", Write(w => KindSchemaWriter.WriteKind(w, schema, kind, ids)))).ToList();
        files.Add(new SchemaFile(CombinedName, Write(w => KindSchemaWriter.WriteCombined(w, schema))));
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }

    /// <summary>Writes the files into <paramref name="folder"/> (only those that changed) and deletes stale <c>*.schema.json</c>.</summary>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<SchemaFile> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(folder);
        var changed = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Name);
            var bytes = Encoding.UTF8.GetBytes(file.Text);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                var temp = path + ".tmp";
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, path, overwrite: true);
                changed.Add(path);
            }
        }

        var names = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.schema.json").Where(p => !names.Contains(Path.GetFileName(p))).ToList())
        {
            File.Delete(stale);
            changed.Add(stale);
        }

        return changed;
    }

    /// <summary>The files that differ from <paramref name="folder"/>'s (missing, changed or stale).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<SchemaFile> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        var differ = files
            .Where(f => !File.Exists(Path.Combine(folder, f.Name)) || File.ReadAllText(Path.Combine(folder, f.Name)) != f.Text)
            .Select(f => Path.Combine(folder, f.Name))
            .ToList();
        if (Directory.Exists(folder))
        {
            var names = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            differ.AddRange(Directory.EnumerateFiles(folder, "*.schema.json").Where(p => !names.Contains(Path.GetFileName(p))));
        }

        return differ;
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
