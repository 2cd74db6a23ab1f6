using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Briefings.Rendering;

namespace Briefings.Benchmarks;

/// <summary>Rendering the shipped story: every entry template in every language (the four briefings and the JSON companions).</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private RenderRequest request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reports.sln")))
        {
            directory = directory.Parent;
        }

        request = new RenderRequest
        {
            Model = new Briefings.Story.FactsModel(),
            TemplatesDirectory = Path.Combine(directory!.FullName, "templates"),
            Slug = new Briefings.Story.FactsModel().Slug!,
        };
        var check = BriefingRenderer.Render(request);
        if (!check.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", check.Diagnostics));
        }
    }

    [Benchmark(Description = "render all briefings of the shipped story")]
    public int RenderAll() => BriefingRenderer.Render(request).Files.Sum(f => f.Content.Length);
}
