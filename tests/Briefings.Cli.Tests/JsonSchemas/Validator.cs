using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Briefings.Cli.JsonSchemas;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>The exported JSON Schemas of one facts folder, built with JsonSchema.Net into their own registry.</summary>
internal sealed class Validator
{
    private static readonly Uri BaseUri = new("https://briefings.invalid/schemas/");
    private readonly Dictionary<string, JsonSchema> schemas = new(StringComparer.Ordinal);

    public Validator(string factsFolder)
    {
        var (files, errors) = JsonSchemaExport.ExportFolder(factsFolder);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", errors));
        }

        Files = files;
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };

        // Kinds first: fact.schema.json refers to them by relative URI.
        foreach (var file in files.OrderBy(f => f.Name == JsonSchemaExport.CombinedName))
        {
            schemas[file.Name] = JsonSchema.FromText(file.Text, options, new Uri(BaseUri, file.Name));
        }
    }

    public IReadOnlyList<SchemaFile> Files { get; }

    public bool HasKind(string kind) => schemas.ContainsKey(kind + ".schema.json");

    /// <summary>The errors of an instance, one line each: instance location, keyword, message. Empty when valid.</summary>
    public IReadOnlyList<string> Errors(string schemaName, JsonElement instance)
    {
        var results = schemas[schemaName].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count == 0 ? ["(invalid, no details)"] : errors;
    }
}
