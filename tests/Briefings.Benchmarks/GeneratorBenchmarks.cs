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
        files = Directory.EnumerateFiles(seeds, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p)))
            .ToList();
        compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace User { internal static class Anchor { } }") },
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        warm = NewDriver().RunGenerators(compilation);
        var target = files.First(f => !f.Path.EndsWith("schema.yaml", StringComparison.Ordinal));
        edited = target;
        editedAgain = new FileText(target.Path, target.GetText()!.ToString() + "\n# edited\n");
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

    private CSharpGeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new FactModelGenerator().AsSourceGenerator() },
        files,
        new CSharpParseOptions(LanguageVersion.Latest),
        new Options(Path.Combine(FindRoot(), "seeds")));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reports.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    private sealed class Options(string root) : AnalyzerConfigOptionsProvider
    {
        private readonly Values global = new(ImmutableDictionary<string, string>.Empty.Add(FactModelGenerator.FactsRootProperty, root));

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
