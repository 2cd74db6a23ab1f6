using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// `push list item` appends in place. Scriban's `list = list | array.add item` copies the list each time and counts the
/// copy against the loop limit, so a list built over every citation grew with the square of the facts: the default
/// templates ran into the loop limit (BRF102) at 100 synthetic facts. Both are run here under one loop limit.
/// </summary>
public class PushTests
{
    private const int Items = 2000;

    private static RenderResult Render(string build)
    {
        using var temp = new TempFolder();
        RenderHelper.TemplatesWith(temp.Path, [("briefing.md.sbn", "{{ list = []\nfor i in 1.." + Items + "\n  " + build + "\nend }}{{ list.size }} {{ list[" + (Items - 1) + "] }}\n")]);
        return BriefingRenderer.Render(new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = temp.Path,
            Slug = "s",
            LoopLimit = 3 * Items,
        });
    }

    [Fact]
    public void Push_builds_a_long_list_in_linear_steps()
    {
        var result = Render("push list i");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var briefings = result.Files.Where(f => f.Name.EndsWith(".md", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(2, briefings.Count); // one per language of the story
        Assert.All(briefings, f => Assert.Equal($"{Items} {Items}\n", f.Content));
    }

    [Fact]
    public void Array_add_in_a_loop_runs_into_the_same_loop_limit()
    {
        var result = Render("list = list | array.add i");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Id == "BRF102");
    }
}
