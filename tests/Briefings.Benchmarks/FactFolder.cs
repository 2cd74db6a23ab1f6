using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Briefings.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Briefings.Benchmarks;

/// <summary>A folder of fact files as the compiler sees them, and a generator driver over them.</summary>
internal static class FactFolder
{
    public static List<AdditionalText> Load(string folder) => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p)))
        .ToList();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string factsRoot) => CSharpGeneratorDriver.Create(
        new[] { new FactModelGenerator().AsSourceGenerator() },
        files,
        new CSharpParseOptions(LanguageVersion.Latest),
        new Options(factsRoot));

    internal sealed class FileText(string path, string text) : AdditionalText
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
