using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;
using Briefings.Generators.Tests.Infrastructure;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>Same facts, same bytes: whatever the file order or the culture. And models compare by value.</summary>
public class DeterminismAndEqualityTests
{
    [Fact]
    public void Output_is_byte_identical_under_shuffled_files_and_other_cultures()
    {
        var baseline = Render(Samples.Files("every-type"));
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "fi-FI", "zh-TW", "ar-SA", "tr-TR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var shuffled = Samples.Files("every-type").OrderBy(_ => Guid.NewGuid()).ToList();
                Assert.Equal(baseline, Render(shuffled));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        Assert.DoesNotContain("/repo", baseline, StringComparison.Ordinal); // no machine paths in generated code
        Assert.DoesNotContain('\r', baseline);
    }

    private static string Render(System.Collections.Generic.List<Microsoft.CodeAnalysis.AdditionalText> files)
    {
        var run = GeneratorHarness.Run(files);
        return string.Join("\n---\n", run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Source));
    }

    [Fact]
    public void Binding_the_same_file_twice_gives_equal_models_with_equal_hashes()
    {
        var schema = SchemaReader.Read(new[] { new FactFileText("/repo/seeds/schema.yaml", "seeds/schema.yaml", Samples.Schema.Text) }, null, CancellationToken.None).Model!;
        var file = new FactFileText("/repo/seeds/m.yaml", "seeds/m.yaml", Samples.Text("every-type", "nvidia-2025-01-27.yaml"));

        var first = FactFileBinder.Bind(file, schema, CancellationToken.None);
        var second = FactFileBinder.Bind(file with { }, schema, CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(schema, SchemaReader.Read(new[] { new FactFileText("/repo/seeds/schema.yaml", "seeds/schema.yaml", Samples.Schema.Text) }, null, CancellationToken.None).Model);

        var changed = FactFileBinder.Bind(file with { Text = file.Text!.Replace("NVDA", "NVDX", StringComparison.Ordinal) }, schema, CancellationToken.None);
        Assert.NotEqual(first, changed);
        Assert.NotEqual(first.Facts, changed.Facts);
    }

    [Fact]
    public void Equatable_arrays_compare_by_elements_not_by_reference()
    {
        var a = new[] { "x", "y" }.ToEquatableArray();
        var b = new[] { "x", "y" }.ToEquatableArray();
        var c = new[] { "y", "x" }.ToEquatableArray();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(EquatableArray<string>.Empty, default);
    }

    [Fact]
    public void Diagnostic_infos_compare_by_value()
    {
        var location = new LocationInfo("/repo/seeds/a.yaml", 3, 2, 0, 3, 0, 5);

        Assert.Equal(
            DiagnosticInfo.Create(DiagnosticDescriptors.UnknownField, location, "source", "x", "", "title"),
            DiagnosticInfo.Create(DiagnosticDescriptors.UnknownField, location with { }, "source", "x", "", "title"));
        Assert.NotEqual(
            DiagnosticInfo.Create(DiagnosticDescriptors.UnknownField, location, "source", "x", "", "title"),
            DiagnosticInfo.Create(DiagnosticDescriptors.UnknownField, location with { StartColumn = 4 }, "source", "x", "", "title"));
    }
}
