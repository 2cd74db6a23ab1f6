using System.Globalization;
using System.Linq;
using Briefings.Snapshots;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>The same facts and templates give the same bytes in any culture, on any machine.</summary>
public class DeterminismTests
{
    [Fact]
    public void Rendering_is_byte_identical_under_other_cultures()
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            var reference = RenderHelper.Succeeded(RenderHelper.RenderStory());
            foreach (var culture in new[] { "fi-FI", "zh-TW", "ar-SA", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                var again = RenderHelper.Succeeded(RenderHelper.RenderStory());
                Assert.Equal(reference.Keys, again.Keys);
                foreach (var (name, content) in reference)
                {
                    Assert.True(content == again[name], $"{name} differs under '{culture}':\n{Snapshot.Diff(content, again[name])}");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void Outputs_hold_no_paths_carriage_returns_or_byte_order_marks()
    {
        foreach (var file in RenderHelper.RenderStory().Files)
        {
            Assert.DoesNotContain(RepositoryPaths.Root, file.Content, System.StringComparison.Ordinal);
            Assert.DoesNotContain('\r', file.Content);
            Assert.False(file.Content.StartsWith('\uFEFF'), file.Name);
            Assert.EndsWith("\n", file.Content, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Files_come_out_in_ordinal_name_order()
    {
        var names = RenderHelper.RenderStory().Files.Select(f => f.Name).ToList();
        Assert.Equal(names.OrderBy(n => n, System.StringComparer.Ordinal), names);
    }
}
