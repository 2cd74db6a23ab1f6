using BenchmarkDotNet.Running;

namespace Briefings.Benchmarks;

/// <summary>
/// Run all benchmarks: <c>dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'</c>.
/// Results land in BenchmarkDotNet.Artifacts/; the latest table is kept in tests/Briefings.Benchmarks/RESULTS.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
