using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using Briefings.Facts.Pipeline;
using Briefings.Facts.Schema;

namespace Briefings.Cli.JsonSchemas;

/// <summary>One generated file: its name in the output folder and its text (UTF-8, LF, ends with a newline).</summary>
internal sealed record SchemaFile(string Name, string Text);

/// <summary>
/// The YAML schema of a facts folder, read by the fact pipeline the generator runs (<see cref="FactPipeline.ReadSchema"/>), as JSON Schemas (draft-07,
/// which every YAML language server understands): one per kind, <c>&lt;kind&gt;.schema.json</c>, for the
/// <c># yaml-language-server: $schema=...</c> line of a fact file, and <c>fact.schema.json</c>, which picks the kind's
/// schema by the file's <c>kind:</c> (for editor settings that map every fact file to one schema).
/// This class reads, exports and writes the files; <see cref="KindSchemaWriter"/> and <see cref="FieldSchemaWriter"/> write the JSON.
/// </summary>
internal static class JsonSchemaExport
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";
    public const string CombinedName = "fact.schema.json";

    /// <summary>Reads every schema file under <paramref name="factsFolder"/>; the model, or the located schema errors.</summary>
    public static (SchemaModel? Model, IReadOnlyList<string> Errors) ReadSchema(string factsFolder)
    {
        var root = Path.GetFullPath(factsFolder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(FactPipeline.IsSchemaFile)
            .Where(Watch.RegularFiles.Is) // never a named pipe (reading it waits for ever); the build reports it as BRF005
            .Where(p => !Path.GetRelativePath(root, p).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new FactFileText(p, Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(p)))
            .ToList();
        var result = FactPipeline.ReadSchema(files, null, CancellationToken.None);

        // A facts folder is read for its facts, so no schema is the pipeline's BRF026, as the build reports it.
        var errors = FactPipeline.SchemaDiagnostics(result, anyFactFile: true).Where(d => d.IsError).Select(d => d.Format()).ToList();
        return (errors.Count == 0 ? result.Model : null, errors);
    }

    /// <summary>Whether the generator reads the file as a schema file (schema.yaml, *.schema.yaml), never as facts.</summary>
    public static bool IsSchemaFile(string path) => FactPipeline.IsSchemaFile(path);

    /// <summary>The files for a facts folder, or its located schema errors.</summary>
    public static (IReadOnlyList<SchemaFile> Files, IReadOnlyList<string> Errors) ExportFolder(string factsFolder)
    {
        var (model, errors) = ReadSchema(factsFolder);
        return (model is null ? [] : Export(model), errors);
    }

    /// <summary>Each kind's declared field names, as the YAML schema declares them (for checks of the export).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FieldsByKind(string factsFolder)
    {
        var (model, errors) = ReadSchema(factsFolder);
        if (model is null)
        {
            throw new InvalidOperationException(string.Join("\n", errors));
        }

        return model.Kinds.ToDictionary(k => k.Name, k => (IReadOnlyList<string>)k.Fields.Select(f => f.Name).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The files for a schema, ordered by name; the same bytes for the same schema.</summary>
    public static IReadOnlyList<SchemaFile> Export(SchemaModel schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var files = schema.Kinds.Select(kind => new SchemaFile(kind.Name + ".schema.json", Write(w => KindSchemaWriter.WriteKind(w, schema, kind)))).ToList();
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
