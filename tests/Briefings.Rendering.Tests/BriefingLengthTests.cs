using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A brief stays brief: the shipped story's English HTML, read as a reader reads it (collapsed reference material left
/// out), stays within a budget, and each fact's details are collapsed rather than dropped.
/// </summary>
public class BriefingLengthTests
{
    /// <summary>About 8 minutes at 250 words a minute (issue 11): today 1,992; a new fact must earn its place.</summary>
    private const int WordBudget = 2000;

    [Fact]
    public void The_english_briefing_reads_in_about_eight_minutes_outside_its_collapsed_details()
    {
        var html = RenderHelper.Succeeded(RenderHelper.RenderStory())["deepseek-shock.en.html"];
        var words = VisibleWords(html);
        Assert.True(words <= WordBudget, $"{words} words outside <details> (budget {WordBudget})");
        Assert.True(words > 1000, $"{words} words: the briefing lost its story"); // the check measures text, not nothing
        Assert.True(Regex.Count(html, "<details") > 20, "reference material is collapsed, not dropped");
    }

    [Fact]
    public void Every_link_inside_the_shipped_briefings_lands_on_an_element_of_the_page()
    {
        // A citation, a note mark, a 'via' source, a profile: each link of a briefing names an id the page has, so
        // collapsing material into <details> never leaves a link with nowhere to go. The other language's page is
        // rendered too, so the language links are checked as well.
        var broken = Paging.PageLinks.Broken(RenderHelper.Succeeded(RenderHelper.RenderStory()));
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Take(10)));
        Assert.True(Paging.PageLinks.All(RenderHelper.Succeeded(RenderHelper.RenderStory())).Count() > 200, "the check saw the links");
    }

    [Fact]
    public void The_count_leaves_out_collapsed_details_the_head_and_markup()
    {
        const string page = "<html><head><title>x y z</title><style>a b</style></head><body><p>one <b>two</b></p>"
            + "<details><summary>s</summary><p>hidden</p><details><summary>t</summary>inner</details><p>words here</p></details><p>three<span class=\"visually-hidden\"> aside</span></p></body></html>";
        Assert.Equal(3, VisibleWords(page));
    }

    /// <summary>Words a reader sees: outside &lt;head&gt;, scripts, styles, &lt;details&gt; (nested too) and text for screen readers only.</summary>
    public static int VisibleWords(string html)
    {
        var text = Regex.Replace(html, "<head>.*?</head>|<script.*?</script>|<style.*?</style>|<span class=\"visually-hidden\">.*?</span>", " ", RegexOptions.Singleline);
        string before;
        do
        {
            // Innermost first, so a details block inside another goes with it.
            before = text;
            text = Regex.Replace(text, "<details[^>]*>(?:(?!<details).)*?</details>", " ", RegexOptions.Singleline);
        }
        while (text != before);
        text = Regex.Replace(text, "<[^>]+>", " ");
        return text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Count(w => Regex.IsMatch(w, @"\w"));
    }
}
