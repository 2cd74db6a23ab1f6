using System.Collections.Generic;
using System.Linq;

namespace Briefings.Benchmarks.Scale.Results;

// What one run of the scale verb measured, as written to its JSON file. Times in seconds unless named *Ms;
// memory in bytes (the peak summed resident memory of the process tree, see ProcessTree).

internal sealed class ScaleRun
{
    public Machine Machine { get; set; } = new();

    public List<SizeRun> Sizes { get; } = [];

    public List<RootRun> Root { get; } = [];

    /// <summary>Why the run stopped early, or null when it ran to its end.</summary>
    public string? Failure { get; set; }
}

internal sealed class Machine
{
    public string Date { get; set; } = string.Empty;

    public string Commit { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Sdk { get; set; } = string.Empty;

    public string? Hugo { get; set; }

    public string LoadAtStart { get; set; } = string.Empty;

    public string LoadAtEnd { get; set; } = string.Empty;

    public double Minutes { get; set; }

    public Dictionary<string, string> Settings { get; } = [];

    public string Memory { get; set; } = string.Empty;

    public string Command { get; set; } = string.Empty;
}

internal sealed class SizeRun
{
    public int Size { get; set; }

    public int FactFiles { get; set; }

    public long FactBytes { get; set; }

    /// <summary>The generator's C# (EmitCompilerGeneratedFiles, one untimed build).</summary>
    public long? GeneratedCSharpBytes { get; set; }

    public int BriefingFiles { get; set; }

    public long BriefingBytes { get; set; }

    public string LargestBriefing { get; set; } = "-";

    public Dictionary<string, BuildSeries> Builds { get; } = [];

    public WatchSeries? Watch { get; set; }

    public HugoSeries? Hugo { get; set; }
}

internal sealed class BuildSeries
{
    public string Load { get; set; } = string.Empty;

    public List<double> Cold { get; } = [];

    public List<double> NoOp { get; } = [];

    public List<double> Edit { get; } = [];

    public List<double?> RenderMs { get; } = [];

    public List<double> ConsoleCold { get; } = [];

    public List<double> ConsoleNoOp { get; } = [];

    public List<double> ConsoleEdit { get; } = [];

    /// <summary>The highest peak of the story project's builds (cold, no-op, edit).</summary>
    public long? PeakBytes { get; set; }

    public long? ConsolePeakBytes { get; set; }

    public void Peak(long? bytes) => PeakBytes = Max(PeakBytes, bytes);

    public void ConsolePeak(long? bytes) => ConsolePeakBytes = Max(ConsolePeakBytes, bytes);

    internal static long? Max(long? a, long? b) => a is null ? b : b is null ? a : System.Math.Max(a.Value, b.Value);
}

internal sealed class WatchSeries
{
    /// <summary>Edit one fact → every briefing that held its title holds the new one on disk, per edit.</summary>
    public List<double> EditMs { get; } = [];

    public int ChangedFiles { get; set; }

    public double StartSeconds { get; set; }

    public long? PeakBytes { get; set; }
}

internal sealed class HugoSeries
{
    public int ContentFiles { get; set; }

    public List<double> Cold { get; } = [];

    public List<double> NoOp { get; } = [];

    public List<double> Edit { get; } = [];

    public long? PeakBytes { get; set; }

    public int OutputFiles { get; set; }

    public long OutputBytes { get; set; }

    public WatchSeries Server { get; } = new();
}

internal sealed class RootRun
{
    public string Setting { get; set; } = string.Empty;

    public string Load { get; set; } = string.Empty;

    public List<double> NoOp { get; } = [];

    public List<double> Edit { get; } = [];

    public List<double> ConsoleNoOp { get; } = [];

    public List<double> ConsoleEdit { get; } = [];

    public long? PeakBytes { get; set; }
}

internal static class Stats
{
    /// <summary>The median (the mean of the middle two for an even count), or null for no values.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>ours / theirs of the medians, or null when either is missing or theirs is zero.</summary>
    public static double? Ratio(IEnumerable<double> ours, IEnumerable<double> theirs) =>
        Median(ours) is { } a && Median(theirs) is { } b && b > 0 ? a / b : null;
}
