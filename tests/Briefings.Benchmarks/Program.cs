using BenchmarkDotNet.Running;

namespace Briefings.Benchmarks;

/// <summary>
/// Run all benchmarks: <c>dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'</c>.
/// The generator and YAML benchmarks run at every size of <see cref="BenchmarkInputs.Sizes"/> (0 = the shipped seeds,
/// then 100, 1000 and 10000 synthetic facts): <c>-- --filter '*GeneratorBenchmarks*' '*YamlBenchmarks*' --job short</c>;
/// BRIEFINGS_BENCH_SIZES=100 (say) runs fewer. The scale curve through <c>dotnet build</c>: <c>-- scale</c> (see <see cref="Scale.ScaleCommand"/>).
/// Results land in BenchmarkDotNet.Artifacts/; the latest table is kept in tests/Briefings.Benchmarks/RESULTS.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // "synthetic N folder": write a synthetic fact base of N facts (for scale runs through dotnet build).
        if (args.Length == 3 && args[0] == "synthetic")
        {
            var files = Synthetic.SyntheticFactBase.Write(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            System.Console.WriteLine($"Wrote {files.Count} files to {args[2]}");
            return;
        }

        // "profile folder": time the generator and the compile of its output over a fact folder, once.
        if (args.Length == 2 && args[0] == "profile")
        {
            ScaleProfile.Run(args[1]);
            return;
        }

        // "scale [--sizes 100,1000,10000] [--hugo] [--settings workplace,stock] ...": the scale curve through the real toolchain (Scale/ScaleCommand).
        if (args.Length >= 1 && args[0] == "scale")
        {
            System.Environment.ExitCode = Scale.ScaleCommand.Run(args);
            return;
        }

        // "hugo-site N folder": the Hugo peer site of N synthetic facts, as the scale verb's --hugo writes it (Scale/Hugo/HugoSite).
        if (args.Length == 3 && args[0] == "hugo-site")
        {
            var count = Scale.Hugo.HugoSite.Write(args[2], Synthetic.SyntheticFactBase.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
            System.Console.WriteLine($"Wrote {count} content files and the layouts to {args[2]}");
            return;
        }

        if (args.Length == 2 && args[0] == "phases")
        {
            PhaseProfile.Run(args[1]);
            return;
        }

        // The generated benchmark project builds slowly on a shared 2-core machine with the compiler server off.
        var config = BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance).WithBuildTimeout(System.TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
