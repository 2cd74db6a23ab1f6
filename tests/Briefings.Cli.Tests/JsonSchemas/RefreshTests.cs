using System;
using System.IO;
using System.Linq;
using Briefings.Cli.JsonSchemas;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>
/// The refresh the render step and the watch loop run: files whose bytes did not change keep their time (an editor
/// reloads nothing), and a folder that cannot be written is a warning, never an exception that would fail the render.
/// </summary>
public class RefreshTests
{
    [Fact]
    public void A_second_refresh_with_the_same_ids_rewrites_nothing_and_keeps_every_files_time()
    {
        using var temp = new TempFolder();
        var reading = JsonSchemaExport.Read(RepositoryPaths.Seeds);
        var first = JsonSchemaRefresh.Write(reading, temp.Path);
        Assert.Null(first.Failure);
        Assert.Equal(reading.Model!.Kinds.Count + 1, first.Changed.Count); // a file per kind and fact.schema.json
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(temp.Path))
        {
            File.SetLastWriteTimeUtc(file, past);
        }

        var second = JsonSchemaRefresh.Write(JsonSchemaExport.Read(RepositoryPaths.Seeds), temp.Path);
        Assert.Empty(second.Changed);
        Assert.Null(second.Describe(temp.Path));
        Assert.All(Directory.GetFiles(temp.Path), f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_a_warning_and_a_broken_schema_writes_nothing()
    {
        using var temp = new TempFolder();
        var blocked = Path.Combine(temp.Path, "not-a-folder");
        File.WriteAllText(blocked, "a file where the folder should be");
        var refresh = JsonSchemaRefresh.Write(JsonSchemaExport.Read(RepositoryPaths.Seeds), blocked);
        Assert.Empty(refresh.Changed);
        Assert.StartsWith(blocked + ": warning: the JSON Schemas were not refreshed (", refresh.Describe(blocked), StringComparison.Ordinal);

        var broken = JsonSchemaRefresh.Write(new FactsReading(null, ReferenceIds.None, ["schema.yaml(1,1): error BRF030: ..."]), Path.Combine(temp.Path, "out"));
        Assert.Equal("the schema has errors", broken.Failure);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }
}
