using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Briefings.Benchmarks.Scale.Results;

/// <summary>One row of issue 15's goals table, computed from one run: every ratio within one setting of that run.</summary>
internal sealed record GoalRow(string Measure, string Setting, string Ours, string Peer, double? Ratio, string Goal, string Met);

/// <summary>Issue 15's goals, each as a measured ratio (medians) and whether it is met; "not measured" where the run lacks it.</summary>
internal static class GoalsTable
{
    public const string NotMeasured = "not measured";
    private const long EightGiB = 8L << 30;

    public static IReadOnlyList<GoalRow> Rows(ScaleRun run)
    {
        var settings = run.Machine.Settings.Keys.ToList();
        var rows = new List<GoalRow>();
        foreach (var setting in settings)
        {
            var root = run.Root.FirstOrDefault(r => r.Setting == setting);
            rows.Add(Ratio("edit one fact → `dotnet build` at the root, shipped story, vs console edit", setting, root?.Edit, root?.ConsoleEdit, 1.5, Seconds));
            rows.Add(Ratio("no-op `dotnet build` at the root vs console no-op", setting, root?.NoOp, root?.ConsoleNoOp, 1.5, Seconds));
        }

        foreach (var (size, goal) in new[] { (1000, 1.5), (10000, 3.0) })
        {
            foreach (var setting in settings)
            {
                var builds = Builds(run, size, setting);
                rows.Add(Ratio(Invariant($"a desk's project at {size:N0} facts, edit one fact vs console edit"), setting, builds?.Edit, builds?.ConsoleEdit, goal, Seconds));
            }
        }

        foreach (var setting in settings)
        {
            rows.Add(Ratio("cold build at 10,000 facts vs `hugo` cold on the same facts", setting, Builds(run, 10000, setting)?.Cold, Size(run, 10000)?.Hugo?.Cold, 1.0, Seconds));
        }

        foreach (var size in new[] { 1000, 10000 })
        {
            var measured = Size(run, size);
            rows.Add(Ratio(Invariant($"watch loop, edit one fact → every changed briefing on disk, {size:N0} facts, vs `hugo server`"), "either (no build)", measured?.Watch?.EditMs, measured?.Hugo?.Server.EditMs, 0.1, Milliseconds));
        }

        foreach (var setting in settings)
        {
            rows.Add(Largest(run, setting));
        }

        return rows;
    }

    private static GoalRow Ratio(string measure, string setting, List<double>? ours, List<double>? peer, double goal, Func<double, string> format)
    {
        var text = Invariant($"≤ {goal:0.0#}×");
        if (ours is null || peer is null || Stats.Ratio(ours, peer) is not { } ratio)
        {
            return new GoalRow(measure, setting, ours is { Count: > 0 } ? format(Stats.Median(ours)!.Value) : NotMeasured, peer is { Count: > 0 } ? format(Stats.Median(peer)!.Value) : NotMeasured, null, text, NotMeasured);
        }

        return new GoalRow(measure, setting, format(Stats.Median(ours)!.Value), format(Stats.Median(peer)!.Value), ratio, text, ratio <= goal ? "yes" : "no");
    }

    /// <summary>100,000 facts through the real toolchain: it ran, with times, and the peak memory under 8 GiB.</summary>
    private static GoalRow Largest(ScaleRun run, string setting)
    {
        const string Measure = "100,000 facts through the real toolchain (cold build, edit build, watch edit)";
        const string Goal = "runs, peak memory < 8 GiB";
        var size = Size(run, 100000);
        var builds = Builds(run, 100000, setting);
        if (size is null || builds is null || builds.Cold.Count == 0 || builds.Edit.Count == 0 || size.Watch is not { EditMs.Count: > 0 } watch)
        {
            return new GoalRow(Measure, setting, NotMeasured, "-", null, Goal, NotMeasured);
        }

        var peak = BuildSeries.Max(builds.PeakBytes, watch.PeakBytes);
        var ours = Invariant($"cold {Seconds(Stats.Median(builds.Cold)!.Value)}, edit {Seconds(Stats.Median(builds.Edit)!.Value)}, watch {Milliseconds(Stats.Median(watch.EditMs)!.Value)}; peak {GiB(peak)}");
        var met = peak is null ? "no memory figure (no /proc)" : peak < EightGiB ? "yes" : "no";
        return new GoalRow(Measure, setting, ours, "-", null, Goal, met);
    }

    private static SizeRun? Size(ScaleRun run, int size) => run.Sizes.FirstOrDefault(s => s.Size == size);

    private static BuildSeries? Builds(ScaleRun run, int size, string setting) => Size(run, size)?.Builds.GetValueOrDefault(setting);

    public static string Seconds(double seconds) => Invariant($"{seconds:F2} s");

    public static string Milliseconds(double milliseconds) => Invariant($"{milliseconds:F0} ms");

    public static string GiB(long? bytes) => bytes is null ? "?" : Invariant($"{bytes.Value / (double)(1L << 30):F2} GiB");

    public static string MiB(long? bytes) => bytes is null ? "?" : Invariant($"{bytes.Value / 1048576.0:F1} MiB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
