using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Briefings.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Briefings.Generators.Tests.Infrastructure;

/// <summary>Runs the fact generator in memory over files given as (path under seeds/, text).</summary>
internal static class GeneratorHarness
{
    /// <summary>A fake repository root: paths in diagnostics read <c>seeds/x.yaml</c> once it is cut off.</summary>
    public const string Root = "/repo/";
    public const string FactsRoot = Root + "seeds";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(LocalizedText).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static AdditionalText File(string relativePath, string? text) => new InMemoryAdditionalText(FactsRoot + "/" + relativePath, text is null ? null : SourceText.From(text, Encoding.UTF8));

    /// <summary>A file given as bytes, decoded as the compiler decodes additional files (BOM detection, UTF-8, U+FFFD for bad bytes).</summary>
    public static AdditionalText File(string relativePath, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new InMemoryAdditionalText(FactsRoot + "/" + relativePath, SourceText.From(stream, Encoding.UTF8, throwIfBinaryDetected: false));
    }

    public static CSharpCompilation Compilation(string userCode = "namespace User { internal static class Anchor { } }")
        => CSharpCompilation.Create(
            "FactsUnderTest",
            new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, path: "User.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string dataLiterals = "", string diagnosticsPage = "")
        => CSharpGeneratorDriver.Create(
            new[] { new FactModelGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new OptionsProvider(new Dictionary<string, string> { [FactModelGenerator.FactsRootProperty] = FactsRoot, [FactModelGenerator.FactDataLiteralsProperty] = dataLiterals, [FactModelGenerator.DiagnosticsPageProperty] = diagnosticsPage }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params (string Path, string Text)[] files)
        => Run(files.Select(f => File(f.Path, f.Text)));

    /// <param name="files">The fact and schema files.</param>
    /// <param name="dataLiterals">The BriefingsFactDataLiterals property: "string", "utf8", or empty (by size).</param>
    /// <param name="diagnosticsPage">The BriefingsDiagnosticsPage property: the diagnostics page's full path, or empty.</param>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, string dataLiterals = "", string diagnosticsPage = "")
    {
        var driver = Driver(files, dataLiterals, diagnosticsPage).RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out _, CancellationToken.None);
        return new GeneratorRun(driver, output);
    }

    /// <summary>One diagnostic as the build prints it: <c>seeds/x.yaml(4,9): error BRF012: message</c>.</summary>
    public static string Format(Diagnostic diagnostic) => Format(diagnostic, withMessage: true);

    public static string Format(Diagnostic diagnostic, bool withMessage)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        if (diagnostic.Location == Location.None)
        {
            return $"{severity} {diagnostic.Id}" + (withMessage ? ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }

        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(Root, StringComparison.Ordinal) ? span.Path.Substring(Root.Length) : span.Path;
        var place = FormattableString.Invariant($"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}");
        return withMessage ? place + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) : place;
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? text;

        public InMemoryAdditionalText(string path, SourceText? text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options global;

        public OptionsProvider(Dictionary<string, string> globalOptions) => global = new Options(globalOptions);

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());
            private readonly Dictionary<string, string> values;

            public Options(Dictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}

/// <summary>The outcome of one generator run: the driver (for incremental re-runs) and the compilation it produced.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    /// <summary>The generator's own diagnostics, formatted and ordered as a build would list them.</summary>
    public IReadOnlyList<string> Diagnostics => Ordered.Select(d => GeneratorHarness.Format(d, withMessage: true)).ToList();

    /// <summary>Just <c>path(line,col): severity ID</c>, for tests about places rather than wording.</summary>
    public IReadOnlyList<string> Places => Ordered.Select(d => GeneratorHarness.Format(d, withMessage: false)).ToList();

    private IEnumerable<Diagnostic> Ordered => Result.Diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ThenBy(d => d.Id, StringComparer.Ordinal);

    public IEnumerable<(string HintName, string Source)> Sources
        => Result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));

    /// <summary>Errors and warnings of compiling user code plus the generated code (nullable on, warnings as errors).</summary>
    public IReadOnlyList<string> CompilationProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .Select(d => d.ToString())
        .ToList();
}
