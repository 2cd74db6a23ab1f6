using System.IO;
using Briefings.Cli.Render;
using Briefings.Rendering;
using Briefings.Testing;

namespace Briefings.Cli.Tests.Render;

/// <summary>The render command's options for the shipped story, as the build passes them, for tests that run it in this process.</summary>
internal static class StoryRender
{
    public static RenderOptions Options(string slug, string output, string? list = null, string? memo = null) => new(
        Model: typeof(Briefings.Story.Facts).Assembly.Location,
        Templates: RepositoryPaths.Templates,
        Out: output,
        Slug: slug,
        DefaultSlug: null,
        Root: Path.GetDirectoryName(output),
        Stamp: null,
        OutputList: list,
        PageSize: RenderRequest.DefaultPageSize,
        LoopLimit: null,
        OutputLimit: 16 * 1024 * 1024,
        MemoryLimit: (int)(RenderRequest.DefaultMemoryLimit >> 20),
        Memo: memo);
}
