using System;
using System.IO;
using System.Linq;
using Briefings.Cli.JsonSchemas;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>The export itself: deterministic bytes, the up-to-date check, located schema errors.</summary>
public class ExportTests
{
    [Fact]
    public void The_export_is_the_same_bytes_every_time_and_check_finds_changed_missing_and_stale_files()
    {
        var (first, errors) = JsonSchemaExport.ExportFolder(RepositoryPaths.Seeds);
        Assert.Empty(errors);
        var (second, _) = JsonSchemaExport.ExportFolder(RepositoryPaths.Seeds);
        Assert.Equal(first, second);
        Assert.All(first, f => Assert.EndsWith("}\n", f.Text, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', string.Concat(first.Select(f => f.Text)));

        var folder = Path.Combine(Path.GetTempPath(), "briefings-schema-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Assert.Equal(first.Count, JsonSchemaExport.WriteAll(first, folder).Count);
            Assert.Empty(JsonSchemaExport.WriteAll(first, folder));
            Assert.Empty(JsonSchemaExport.Check(first, folder));

            var changed = Path.Combine(folder, first[0].Name);
            File.AppendAllText(changed, " ");
            var missing = Path.Combine(folder, first[1].Name);
            File.Delete(missing);
            var stale = Path.Combine(folder, "no-longer-a-kind.schema.json");
            File.WriteAllText(stale, "{}");
            Assert.Equal(new[] { changed, missing, stale }.Order(StringComparer.Ordinal), JsonSchemaExport.Check(first, folder).Order(StringComparer.Ordinal));

            JsonSchemaExport.WriteAll(first, folder);
            Assert.Empty(JsonSchemaExport.Check(first, folder));
            Assert.False(File.Exists(stale));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_broken_yaml_schema_gives_located_errors_and_no_json_schema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefings-schema-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var schema = Path.Combine(folder, "schema.yaml");
            File.WriteAllText(schema, "kinds:\n  thing:\n    fields:\n      size: { type: nummber }\n");
            var (files, errors) = JsonSchemaExport.ExportFolder(folder);
            Assert.Empty(files);
            Assert.Contains(errors, e => e.StartsWith(schema + "(4,", StringComparison.Ordinal) && e.Contains("error BRF031", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_without_a_schema_gives_the_builds_no_schema_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefings-schema-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "fact.yaml"), "kind: thing\nid: a\n");
            var (files, errors) = JsonSchemaExport.ExportFolder(folder);
            Assert.Empty(files);
            Assert.Equal(["error BRF026: Fact files were found but no schema: add a 'schema.yaml' beside them that declares the kinds of fact under 'kinds:'."], errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
