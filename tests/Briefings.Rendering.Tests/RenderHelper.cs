using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

internal static class RenderHelper
{
    public static string HostileTemplates => Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Rendering.Tests", "Fixtures", "hostile");

    public static RenderResult RenderStory(Briefings.Rendering.Versions.VersionHistory? versions = null) => BriefingRenderer.Render(new RenderRequest
    {
        Model = new Briefings.Story.FactsModel(),
        TemplatesDirectory = RepositoryPaths.Templates,
        Slug = new Briefings.Story.FactsModel().Slug!,
        Versions = versions ?? ShippedVersions(),
    });

    /// <summary>The shipped story's published versions (seeds/versions), as the build reads them.</summary>
    public static Briefings.Rendering.Versions.VersionHistory ShippedVersions()
    {
        var diagnostics = new List<Diagnostics.RenderDiagnostic>();
        var history = Briefings.Rendering.Versions.VersionHistory.Load(
            Path.Combine(RepositoryPaths.Seeds, Briefings.Rendering.Versions.VersionFile.FolderName), RepositoryPaths.Root, Briefings.Rendering.Versions.ModelState.ShapeOf(new Briefings.Story.FactsModel()), diagnostics);
        Assert.Empty(diagnostics);
        return history;
    }

    public static RenderResult RenderHostile() => BriefingRenderer.Render(new RenderRequest
    {
        Model = HostileFacts.Model,
        TemplatesDirectory = HostileTemplates,
        TemplatesDisplayPath = "hostile",
        Slug = "hostile",
    });

    public static Dictionary<string, string> Succeeded(RenderResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
    }

    /// <summary>A templates folder of its own, holding the story's strings and the given templates.</summary>
    public static string TemplatesWith(string folder, params (string Name, string Text)[] templates)
    {
        File.Copy(Path.Combine(RepositoryPaths.Templates, "strings.json"), Path.Combine(folder, "strings.json"));
        foreach (var (name, text) in templates)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return folder;
    }
}
