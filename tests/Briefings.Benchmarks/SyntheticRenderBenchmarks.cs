using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using Briefings.Rendering;
using Briefings.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Briefings.Benchmarks;

/// <summary>
/// Rendering a synthetic fact base of N facts through the package's default templates (paged, 200 a page): the full
/// render a build does, and the partial render the watch loop does after one fact changed (outputs that did not read
/// it are reused, model objects refreshed in place). The model is generated and compiled in memory in the setup.
/// </summary>
[MemoryDiagnoser]
public class SyntheticRenderBenchmarks
{
    private RenderRequest request = null!;
    private RenderResult previous = null!;
    private HashSet<string> changed = null!;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkInputs.Sizes().Where(n => n > 0);

    [GlobalSetup]
    public void Setup()
    {
        var model = Compile(Facts);
        request = new RenderRequest
        {
            Model = model,
            TemplatesDirectory = Path.Combine(BenchmarkInputs.FindRepository(), "templates"),
            Slug = "synthetic",
        };
        previous = BriefingRenderer.Render(request);
        if (!previous.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", previous.Diagnostics));
        }

        // The event the watch-latency script edits: the 7th in id order.
        var events = model.Kinds.Single(k => k.Descriptor.Name == "event").Facts;
        changed = [events[Math.Min(6, events.Count - 1)].Kind + "/" + events[Math.Min(6, events.Count - 1)].Id];
    }

    [Benchmark(Baseline = true, Description = "render everything (as a build does)")]
    public int RenderAll() => BriefingRenderer.Render(request).Files.Count;

    [Benchmark(Description = "render after one fact changed (as the watch loop does)")]
    public int RenderAfterOneEdit() => BriefingRenderer.Render(request with { Previous = previous, ChangedFacts = changed }).Reused;

    /// <summary>Runs the generator over the synthetic facts and compiles the model into its own load context.</summary>
    private static IFactModel Compile(int facts)
    {
        var files = BenchmarkInputs.Load(facts);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Append(typeof(LocalizedText).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Synthetic" + facts,
            [CSharpSyntaxTree.ParseText("namespace Synthetic { internal static class Anchor { } }")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        FactFolder.Driver(files, BenchmarkInputs.Root(facts)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Take(5)));
        }

        stream.Position = 0;
        var assembly = new AssemblyLoadContext("synthetic-" + facts).LoadFromStream(stream);
        return assembly.GetCustomAttribute<FactModelAttribute>()!.CreateModel();
    }
}
