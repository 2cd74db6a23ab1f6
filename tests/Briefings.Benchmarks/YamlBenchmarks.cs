using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Briefings.Facts.Yaml;

namespace Briefings.Benchmarks;

/// <summary>
/// YAML parsing alone: the generator's own reader (Briefings.Facts.Yaml.YamlReader, reached through the
/// fact pipeline's InternalsVisibleTo) over every fact file of a fact base, schema excluded; see the "Time per MB" column.
/// Facts = 0 is the shipped seeds, any other value the synthetic fact base of that many facts.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteColumn.Config))]
public class YamlBenchmarks
{
    private List<(string Path, string Text)> files = null!;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkInputs.Sizes();

    [GlobalSetup]
    public void Setup() => files = BenchmarkInputs.Load(Facts)
        .Where(f => !BenchmarkInputs.IsSchema(f.Path))
        .Select(f => (f.Path, f.GetText()!.ToString()))
        .ToList();

    [Benchmark(Description = "parse every fact file (YAML only)")]
    public int ParseAll()
    {
        var nodes = 0;
        foreach (var (path, text) in files)
        {
            nodes += YamlReader.Read(path, text).Root is null ? 0 : 1;
        }

        return nodes;
    }
}
