using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Cli.JsonSchemas;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>Every shipped fact file is valid against the JSON Schema of its kind, as an editor would check it.</summary>
public class FactFileValidationTests
{
    public static TheoryData<string> FactFolders => new() { "seeds", "tests/Briefings.Package.Tests/Story/facts" };

    [Theory]
    [MemberData(nameof(FactFolders))]
    public void Every_fact_file_validates_against_its_kinds_schema_and_the_combined_schema(string folder)
    {
        var root = Path.Combine(RepositoryPaths.Root, folder);
        var validator = new Validator(root);
        var files = FactFiles(root);
        Assert.True(files.Count >= 5, $"only {files.Count} fact files found under {root}");

        var failures = new List<string>();
        foreach (var file in files)
        {
            var instance = YamlToJson.Convert(File.ReadAllText(file));
            var kind = instance.GetProperty("kind").GetString()!;
            if (!validator.HasKind(kind))
            {
                failures.Add($"{file}: no JSON Schema for the kind '{kind}'");
                continue;
            }

            failures.AddRange(validator.Errors(kind + ".schema.json", instance).Select(e => $"{file} ({kind}.schema.json) {e}"));
            failures.AddRange(validator.Errors(JsonSchemaExport.CombinedName, instance).Select(e => $"{file} (fact.schema.json) {e}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_kind_and_field_of_the_yaml_schema_has_its_json_schema()
    {
        var validator = new Validator(RepositoryPaths.Seeds);
        foreach (var (kind, fields) in JsonSchemaExport.FieldsByKind(RepositoryPaths.Seeds))
        {
            var text = validator.Files.Single(f => f.Name == kind + ".schema.json").Text;
            using var document = System.Text.Json.JsonDocument.Parse(text);
            var properties = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(new[] { "kind", "facts", "id" }.Concat(fields), properties);
            Assert.Equal(kind, document.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
        }
    }

    internal static List<string> FactFiles(string root) => Directory
        .EnumerateFiles(root, "*.y*ml", SearchOption.AllDirectories)
        .Where(f => !JsonSchemaExport.IsSchemaFile(f))
        .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
        .Where(f => new FileInfo(f).Length > 0)
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();
}
