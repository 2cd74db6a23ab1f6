using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A template that keeps building distinct large strings passes the loop and output limits one by one; the memory
/// budget stops it at its place with BRF116, never as an OutOfMemoryException dressed as a template error (issue 14, 8).
/// </summary>
public class MemoryLimitTests
{
    // Distinct 1 M-character strings, kept: each iteration keeps 2 MB and allocates about 4 MB. Without a budget,
    // 9,999 of them would need about 20 GB alive; the 64 MiB budget stops the loop in its first twenty iterations.
    private const string Hoarder = "{{ kept = {}\nfor i in 1..9999\n  kept[\"k\" + i] = (string.pad_left '' 1000000) + i\nend }}{{ kept | object.size }}";
    private const long TestLimit = 64L * 1024 * 1024;

    private static RenderResult Render(string template, long memoryLimit)
    {
        using var temp = new TempFolder();
        RenderHelper.TemplatesWith(temp.Path, [("briefing.html.sbn", template)]);
        return BriefingRenderer.Render(new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = temp.Path,
            Slug = "s",
            OutputLimit = 1 << 21,
            MemoryLimit = memoryLimit,
        });
    }

    [Fact]
    public void A_template_that_hoards_strings_fails_with_BRF116_at_the_statement_that_crossed_the_budget()
    {
        var result = Render(Hoarder, TestLimit);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.All(errors, d => Assert.Equal("BRF116", d.Id));
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal(("templates/briefing.html.sbn", 3, 3), (d.File, d.Line, d.Column)));
        Assert.Contains("more than 64 MiB", errors[0].Message);
        Assert.Contains("--memory-limit", errors[0].Message);
        Assert.DoesNotContain("OutOfMemory", errors[0].Message);
    }

    [Fact]
    public void The_shipped_templates_render_the_story_well_within_the_default_budget()
    {
        // The real templates over the shipped story, with a budget 16 times smaller than the default: they pass.
        var result = BriefingRenderer.Render(new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = RepositoryPaths.Templates,
            Slug = "deepseek-shock",
            MemoryLimit = RenderRequest.DefaultMemoryLimit / 16,
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
