using System.Threading;
using Briefings.Facts.Schema;
using Briefings.Generators.Tests.Infrastructure;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>The schema settings tools read instead of names: the story's slug and the field that holds citations.</summary>
public class SchemaSettingsTests
{
    private static SchemaModel Read(params (string Path, string Text)[] files)
    {
        var texts = System.Array.ConvertAll(files, f => new FactFileText("/repo/seeds/" + f.Path, "seeds/" + f.Path, f.Text));
        var result = SchemaReader.Read(texts, null, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Model!;
    }

    [Fact]
    public void The_model_carries_the_slug_and_the_citations_role()
    {
        var schema = Read(Samples.Schema, ("story.schema.yaml", "schema:\n  slug: deepseek-shock\n"));

        Assert.Equal("deepseek-shock", schema.Slug);
        Assert.Equal(FieldRole.Citations, schema.Kind("organisation")!.Field("sources")!.Role);
        Assert.Equal(FieldRole.Citations, schema.Kind("market-move")!.Field("sources")!.Role);
        Assert.Equal(FieldRole.None, schema.Kind("market-move")!.Field("tags")!.Role);
        Assert.Equal(FieldRole.None, schema.Struct("citation")!.Field("source")!.Role);
    }

    [Fact]
    public void Without_a_slug_setting_the_model_has_none()
        => Assert.Null(Read(Samples.Schema).Slug);

    [Fact]
    public void The_same_slug_in_two_files_is_accepted()
        => Assert.Equal("deepseek-shock", Read(Samples.Schema, ("a.schema.yaml", "schema:\n  slug: deepseek-shock\n"), ("b.schema.yaml", "schema: { slug: deepseek-shock }\n")).Slug);
}
