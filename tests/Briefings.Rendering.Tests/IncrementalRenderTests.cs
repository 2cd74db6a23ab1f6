using System.Collections.Generic;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A partial render (the watch loop's) reuses an output only if it read none of the changed facts, whichever way the
/// template read them: member access, or builtins that read a whole object through its dictionary.
/// </summary>
public class IncrementalRenderTests
{
    private const string Nvidia = "market-move/nvidia-2025-01-27";

    private static (RenderRequest Request, RenderResult First) RenderOnce(TempFolder temp, string template)
    {
        var request = new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = RenderHelper.TemplatesWith(temp.Path, ("briefing.html.sbn", template)),
            Slug = "s",
        };
        var first = BriefingRenderer.Render(request);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        return (request, first);
    }

    [Fact]
    public void An_output_that_read_a_fact_is_rendered_again_when_it_changes_and_reused_when_another_changes()
    {
        using var temp = new TempFolder();
        var (request, first) = RenderOnce(temp, "{{ m = facts.market_moves[2] }}{{ m.id }} {{ m.ticker }}");
        Assert.Contains(Nvidia, first.Dependencies["s.en.html"].Facts);

        var touched = BriefingRenderer.Render(request with { Previous = first, ChangedFacts = new HashSet<string> { Nvidia } });
        Assert.Equal(0, touched.Reused);

        var elsewhere = BriefingRenderer.Render(request with { Previous = first, ChangedFacts = new HashSet<string> { "person/liang-wenfeng" } });
        Assert.Equal(2, elsewhere.Reused);
        Assert.Equal(first.Files, elsewhere.Files);
    }

    [Fact]
    public void A_builtin_that_reads_a_whole_fact_through_its_dictionary_counts_as_reading_it()
    {
        // object.values sees the fact's members without member access: the fact, and every fact it reaches, are read.
        using var temp = new TempFolder();
        var (request, first) = RenderOnce(temp, "{{ object.values facts.market_moves[2] | array.size }}");
        Assert.Contains(Nvidia, first.Dependencies["s.en.html"].Facts);
        Assert.Equal(0, BriefingRenderer.Render(request with { Previous = first, ChangedFacts = new HashSet<string> { Nvidia } }).Reused);
    }
}
