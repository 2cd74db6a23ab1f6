using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Briefings.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Briefings.Benchmarks;

/// <summary>
/// The fact generator over the shipped seeds: a full run (what a cold build pays) and the
/// incremental re-run after one fact file changed (what an edit pays).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation compilation = null!;
    private List<AdditionalText> files = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;
    private AdditionalText editedAgain = null!;
    private bool flip;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(FindRoot(), "seeds");
        files = FactFolder.Load(seeds);
        compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace User { internal static class Anchor { } }") },
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        warm = NewDriver().RunGenerators(compilation);
        var target = files.First(f => !f.Path.EndsWith("schema.yaml", StringComparison.Ordinal));
        edited = target;
        editedAgain = new FactFolder.FileText(target.Path, target.GetText()!.ToString() + "\n# edited\n");
    }

    [Benchmark(Baseline = true, Description = "full run over the seeds")]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(compilation);

    [Benchmark(Description = "re-run after editing one fact file")]
    public GeneratorDriver EditOneFile()
    {
        // Alternate between two versions so every call is a real edit.
        var (from, to) = flip ? (editedAgain, edited) : (edited, editedAgain);
        flip = !flip;
        warm = warm.ReplaceAdditionalText(from, to).RunGenerators(compilation);
        return warm;
    }

    private GeneratorDriver NewDriver() => FactFolder.Driver(files, Path.Combine(FindRoot(), "seeds"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reports.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
