using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Briefings.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;

namespace Briefings.Benchmarks;

/// <summary>
/// The fact bases the parameterised benchmarks run over: 0 is the shipped seeds (read from seeds/), any other N the
/// synthetic fact base of N facts (<see cref="SyntheticFactBase"/>, generated in memory: the same bytes every time).
/// The sizes default to 0, 100, 1000 and 10000; set BRIEFINGS_BENCH_SIZES (e.g. "100" or "0,1000") to run fewer.
/// </summary>
public static class BenchmarkInputs
{
    public const string SizesVariable = "BRIEFINGS_BENCH_SIZES";

    /// <summary>The root the synthetic files claim to live under (they are never written to disk).</summary>
    public static readonly string SyntheticRoot = Path.Combine(Path.GetTempPath(), "briefings-synthetic");

    private static readonly ConcurrentDictionary<int, long> FactBytes = new();

    public static IEnumerable<int> Sizes()
    {
        var sizes = Environment.GetEnvironmentVariable(SizesVariable);
        return string.IsNullOrWhiteSpace(sizes)
            ? [0, 100, 1000, 10000]
            : sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The root folder of the fact base of size <paramref name="facts"/>.</summary>
    public static string Root(int facts) => facts == 0 ? Path.Combine(FindRepository(), "seeds") : SyntheticRoot;

    /// <summary>Every file of the fact base (schema included), ordered by path.</summary>
    public static List<AdditionalText> Load(int facts) => facts == 0
        ? FactFolder.Load(Root(0))
        : SyntheticFactBase.Generate(facts)
            .Select(f => (AdditionalText)new FactFolder.FileText(Path.Combine(SyntheticRoot, f.Path), f.Text))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>UTF-8 size of the fact files (schema files excluded) of the fact base of size <paramref name="facts"/>.</summary>
    public static long FactFileBytes(int facts) => FactBytes.GetOrAdd(facts, n => Load(n)
        .Where(f => !IsSchema(f.Path))
        .Sum(f => (long)Encoding.UTF8.GetByteCount(f.GetText()!.ToString())));

    public static bool IsSchema(string path) => path.EndsWith("schema.yaml", StringComparison.Ordinal) || path.EndsWith("schema.yml", StringComparison.Ordinal);

    public static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reports.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
