using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>Template mistakes are errors at the template's own line and column (1-based), with the exact id.</summary>
public class TemplateErrorTests
{
    private static RenderDiagnostic RenderExpectingError(string template, string name = "briefing.html.sbn", int? loopLimit = null, int outputLimit = 1 << 20, params (string, string)[] more) =>
        RenderExpectingErrors(template, name, loopLimit, outputLimit, RenderRequest.DefaultPageSize, more)[0];

    private static RenderDiagnostic[] RenderExpectingErrors(string template, string name, int? loopLimit, int outputLimit, int pageSize, params (string, string)[] more)
    {
        using var temp = new TempFolder();
        RenderHelper.TemplatesWith(temp.Path, [(name, template), .. more]);
        var result = BriefingRenderer.Render(new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = temp.Path,
            Slug = "s",
            LoopLimit = loopLimit,
            OutputLimit = outputLimit,
            PageSize = pageSize,
        });
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        return result.Diagnostics.Where(d => d.IsError).ToArray();
    }

    [Fact]
    public void An_error_in_a_page_template_is_reported_once_at_its_place_not_once_per_page()
    {
        // The story's 113 facts at 5 a page make 28 pages per language; the misspelt member fails on the first.
        var errors = RenderExpectingErrors("<h1>{{ page.collection }}</h1>\n{{ for f in page.facts }}\n  <p>{{ page.nmber }}</p>{{ end }}", "kind.page.html.sbn", null, 1 << 20, pageSize: 5);
        var d = Assert.Single(errors);
        Assert.Equal(("BRF101", "templates/kind.page.html.sbn", 3, 14), (d.Id, d.File, d.Line, d.Column));
        Assert.StartsWith("templates/kind.page.html.sbn(3,14): error BRF101: Template error:", d.ToString());
    }

    [Fact]
    public void A_syntax_error_in_a_page_template_is_BRF100_at_its_place()
    {
        var d = RenderExpectingError("<p>\n{{ page.number + }}</p>", name: "kind.page.md.sbn");
        Assert.Equal(("BRF100", "templates/kind.page.md.sbn", 2, 18), (d.Id, d.File, d.Line, d.Column));
    }

    [Fact]
    public void Two_page_templates_of_one_format_are_BRF114_naming_the_file_both_would_write()
    {
        // At 5 facts a page the claims (22) have pages; a kind that fits on one page has none to collide.
        var d = RenderExpectingErrors("a", "kind.page.html.sbn", null, 1 << 20, pageSize: 5, ("other.page.html.sbn", "b"))[0];
        Assert.Equal(("BRF114", "templates/other.page.html.sbn"), (d.Id, d.File));
        Assert.Contains("'s.en.claims-1.html' would be written twice (also by 'templates/kind.page.html.sbn')", d.Message);
    }

    [Theory]
    [InlineData("{{ facts.events[0] = 1 }}", 1, 17)]
    [InlineData("{{ f = facts.events[0]; f.title = 'x' }}", 1, 27)]
    [InlineData("{{ f = facts.events[0]; f.added = 'x' }}", 1, 25)]
    [InlineData("{{ citations[0] = 1 }}", 1, 14)]
    public void The_model_is_read_only_so_templates_sharing_it_cannot_change_what_others_see(string template, int line, int column)
    {
        // One model serves every template and page of a language (rendered in parallel): a write is an error at its place.
        var d = RenderExpectingError(template);
        Assert.Equal(("BRF101", "templates/briefing.html.sbn", line, column), (d.Id, d.File, d.Line, d.Column));
    }

    [Fact]
    public void A_syntax_error_is_BRF100_at_its_place()
    {
        var d = RenderExpectingError("<p>\n  {{ 1 + }}</p>\n");
        Assert.Equal(("BRF100", "templates/briefing.html.sbn", 2, 10), (d.Id, d.File, d.Line, d.Column));
        Assert.StartsWith("templates/briefing.html.sbn(2,10): error BRF100: Template syntax error:", d.ToString());
    }

    [Fact]
    public void A_misspelt_member_is_BRF101_not_silent_emptiness()
    {
        var d = RenderExpectingError("{{ for e in facts.events }}\n<p>{{ e.titel }}</p>{{ end }}");
        Assert.Equal(("BRF101", "templates/briefing.html.sbn", 2, 9), (d.Id, d.File, d.Line, d.Column));
    }

    [Fact]
    public void An_unknown_variable_is_BRF101()
    {
        var d = RenderExpectingError("x {{ factz.events }}");
        Assert.Equal(("BRF101", 1, 6), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void An_error_in_a_partial_points_at_the_partial()
    {
        var d = RenderExpectingError("{{ include 'partials/x.sbn' }}", more: ("partials/x.sbn", "ok\n\n  {{ ui.no_such_string }}"));
        Assert.Equal(("BRF101", "templates/partials/x.sbn", 3, 9), (d.Id, d.File, d.Line, d.Column));
    }

    [Fact]
    public void The_clock_random_numbers_and_eval_are_not_available()
    {
        Assert.Equal("BRF101", RenderExpectingError("{{ date.now }}").Id);
        Assert.Equal("BRF101", RenderExpectingError("{{ math.random 1 10 }}").Id);
        Assert.Equal("BRF101", RenderExpectingError("{{ '{{ 1 }}' | object.eval_template }}").Id);
    }

    [Fact]
    public void A_runaway_loop_is_BRF102()
    {
        var d = RenderExpectingError("{{ for i in 1..100 }}\n{{ for j in 1..100 }}{{ end }}{{ end }}", loopLimit: 50);
        Assert.Equal("BRF102", d.Id);
        Assert.Equal("templates/briefing.html.sbn", d.File);
    }

    [Fact]
    public void Runaway_recursion_is_BRF102_at_the_call()
    {
        var d = RenderExpectingError("{{ func f(n)\n  ret f(n + 1)\nend }}{{ f 1 }}");
        Assert.Equal("BRF102", d.Id);
        Assert.Equal("templates/briefing.html.sbn", d.File);
    }

    [Fact]
    public void An_infinite_while_loop_is_stopped_by_the_loop_limit()
    {
        var d = RenderExpectingError("{{ while true }}x{{ end }}");
        Assert.Equal("BRF102", d.Id);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void Output_past_the_limit_fails_instead_of_truncating()
    {
        var d = RenderExpectingError("{{ for i in 1..5000 }}0123456789{{ end }}", outputLimit: 10_000);
        Assert.Equal("BRF103", d.Id);
    }

    [Fact]
    public void An_include_outside_the_templates_folder_is_BRF104()
    {
        var d = RenderExpectingError("a\n{{ include '../strings.json' }}");
        Assert.Equal(("BRF104", 2, 4), (d.Id, d.Line, d.Column));
        Assert.Equal("BRF104", RenderExpectingError("{{ include '/etc/passwd.sbn' }}").Id);
        Assert.Equal("BRF104", RenderExpectingError("{{ include 'partials/../../x.sbn' }}").Id);
    }

    [Fact]
    public void An_entry_template_with_an_unknown_format_is_BRF109()
    {
        var d = RenderExpectingError("x", name: "briefing.txt.sbn");
        Assert.Equal(("BRF109", "templates/briefing.txt.sbn"), (d.Id, d.File));
    }

    [Fact]
    public void A_ui_string_missing_in_one_language_is_BRF107()
    {
        using var temp = new TempFolder();
        RenderHelper.TemplatesWith(temp.Path, ("briefing.md.sbn", "x"));
        var path = System.IO.Path.Combine(temp.Path, "strings.json");
        System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(path).Replace("\"contents\": \"目錄\",", string.Empty, System.StringComparison.Ordinal));
        var result = BriefingRenderer.Render(new RenderRequest { Model = new Briefings.Story.FactsModel(), TemplatesDirectory = temp.Path, Slug = "s" });
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BRF107", "templates/strings.json"), (d.Id, d.File));
        Assert.Contains("\"zh-Hant\".ui has no \"contents\"", d.Message);
    }

    [Fact]
    public void Raw_output_needs_the_explicit_opt_in()
    {
        using var temp = new TempFolder();
        RenderHelper.TemplatesWith(temp.Path, ("briefing.html.sbn", "{{ '<b>' }}|{{ '<b>' | unsafe_raw }}"));
        var result = BriefingRenderer.Render(new RenderRequest { Model = new Briefings.Story.FactsModel(), TemplatesDirectory = temp.Path, Slug = "s" });
        Assert.Equal("&lt;b&gt;|<b>\n", RenderHelper.Succeeded(result)["s.en.html"]);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("Upper")]
    [InlineData("")]
    public void A_slug_that_could_escape_the_output_folder_is_refused(string slug)
    {
        var result = BriefingRenderer.Render(new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = Briefings.Testing.RepositoryPaths.Templates,
            Slug = slug,
        });

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("BRF112", System.StringComparison.Ordinal) && d.ToString().Contains("is not a slug", System.StringComparison.Ordinal));
    }
}
