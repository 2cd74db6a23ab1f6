using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A quote whose words the facts hold in another language than the page's shows them beside the translation, marked as
/// the original and in their own language; the page in the original's language shows them once.
/// </summary>
public class QuoteOriginalTests
{
    [Fact]
    public void The_english_page_shows_each_quotes_chinese_original_beside_its_translation_and_the_chinese_page_does_not_repeat_it()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        var english = files["deepseek-shock.en.html"];
        var originals = Regex.Matches(english, "<details class=\"original\"><summary>Original \\(繁體中文\\)</summary><blockquote lang=\"zh-Hant\"><p>([^<]+)</p>");
        Assert.Equal(9, originals.Count); // every shipped quote names the article's Chinese as its original
        Assert.Contains(originals, m => m.Groups[1].Value.Contains("解決方案", System.StringComparison.Ordinal));
        Assert.DoesNotContain("class=\"original\"", files["deepseek-shock.zh-Hant.html"], System.StringComparison.Ordinal);

        var markdown = files["deepseek-shock.en.md"];
        Assert.Equal(9, Regex.Count(markdown, @"^> \*Original\*: ", RegexOptions.Multiline));
        Assert.DoesNotContain("*原文*", files["deepseek-shock.zh-Hant.md"], System.StringComparison.Ordinal);
    }
}
