using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Briefings.Benchmarks;

/// <summary>
/// The fact generator over a fact base: a full run (what a cold build pays) and the incremental re-run after one
/// value of one fact file changed (what an edit pays). Facts = 0 is the shipped seeds, any other value the synthetic
/// fact base of that many facts (see <see cref="BenchmarkInputs"/>); the "Time per MB" column is the full run's
/// time per MB of fact files.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteColumn.Config))]
public partial class GeneratorBenchmarks
{
    private CSharpCompilation compilation = null!;
    private List<AdditionalText> files = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;
    private AdditionalText editedAgain = null!;
    private bool flip;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkInputs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        files = BenchmarkInputs.Load(Facts);
        compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace User { internal static class Anchor { } }") },
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        warm = NewDriver().RunGenerators(compilation);
        if (warm.GetRunResult().Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The fact base does not generate cleanly: " + string.Join("\n", warm.GetRunResult().Diagnostics.Take(5)));
        }

        // One value of one fact: the first citation's paragraph number, in the first fact file that has one.
        edited = files.First(f => !BenchmarkInputs.IsSchema(f.Path) && Paragraph().IsMatch(f.GetText()!.ToString()));
        var text = edited.GetText()!.ToString();
        var changed = Paragraph().Replace(text, m => "paragraph: " + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 100).ToString(CultureInfo.InvariantCulture), 1);
        editedAgain = new FactFolder.FileText(edited.Path, changed);
    }

    [Benchmark(Baseline = true, Description = "full run")]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(compilation);

    [Benchmark(Description = "re-run after editing one value of one fact file")]
    public GeneratorDriver EditOneFile()
    {
        // Alternate between two versions so every call is a real edit.
        var (from, to) = flip ? (editedAgain, edited) : (edited, editedAgain);
        flip = !flip;
        warm = warm.ReplaceAdditionalText(from, to).RunGenerators(compilation);
        return warm;
    }

    private GeneratorDriver NewDriver() => FactFolder.Driver(files, BenchmarkInputs.Root(Facts));

    [GeneratedRegex(@"paragraph: (\d+)")]
    private static partial Regex Paragraph();
}
