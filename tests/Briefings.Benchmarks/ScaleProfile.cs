using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Briefings.Benchmarks;

/// <summary>One timed pass over a fact folder: generator run, then compiling the generated code. For finding where time goes.</summary>
internal static class ScaleProfile
{
    public static void Run(string folder)
    {
        var files = FactFolder.Load(folder);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Append(typeof(Briefings.Runtime.LocalizedText).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Scale", new[] { CSharpSyntaxTree.ParseText("class Anchor { }") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var watch = Stopwatch.StartNew();
        FactFolder.Driver(files, folder).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
        Console.WriteLine($"generator, first run in the process (JIT included): {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var driver = FactFolder.Driver(files, folder).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generate = watch.Elapsed;
        var result = driver.GetRunResult();
        Console.WriteLine($"{files.Count} files; generator {generate.TotalSeconds:F2} s; {result.GeneratedTrees.Length} sources, {result.GeneratedTrees.Sum(t => t.Length) / 1024} KiB; {result.Diagnostics.Length} diagnostics");

        watch.Restart();
        var declared = output.GetDeclarationDiagnostics();
        Console.WriteLine($"declaration diagnostics {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var bodies = output.GetMethodBodyDiagnostics();
        Console.WriteLine($"method body diagnostics {watch.Elapsed.TotalSeconds:F2} s ({bodies.Length})");
        watch.Restart();
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Console.WriteLine($"compile+emit {watch.Elapsed.TotalSeconds:F2} s; success {emit.Success}; {stream.Length / 1024} KiB; {emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");

        if (Environment.GetEnvironmentVariable("PROFILE_VARIANT") == "nolambda")
        {
            var rewritten = output;
            foreach (var tree in result.GeneratedTrees)
            {
                var text = System.Text.RegularExpressions.Regex.Replace(tree.ToString(), @"global::System\.Threading\.LazyInitializer\.EnsureInitialized\(ref (s_\w+), static \(\) => new ([\w:.]+)\n", "$1 ??= new $2\n");
                text = text.Replace("\n        });\n", "\n        };\n", StringComparison.Ordinal);
                rewritten = rewritten.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
            }

            watch.Restart();
            using var second = new MemoryStream();
            var emit2 = rewritten.Emit(second);
            Console.WriteLine($"variant nolambda: compile+emit {watch.Elapsed.TotalSeconds:F2} s; success {emit2.Success}; {string.Join("; ", emit2.Diagnostics.Take(3))}");
        }
    }
}
