using System;
using System.Linq;
using Briefings.Benchmarks.Scale;
using Briefings.Benchmarks.Scale.Processes;
using Briefings.Benchmarks.Scale.Results;
using Xunit;

namespace Briefings.Generators.Tests.ScaleHarness;

/// <summary>Issue 15's goals table from one scale run: medians, ratios within one setting, met or not, "not measured".</summary>
public class GoalsTableTests
{
    [Fact]
    public void Root_ratios_are_medians_within_one_setting()
    {
        var run = Run("workplace", "stock");
        run.Root.Add(Root("workplace", noOp: [3.0, 1.0, 2.0], consoleNoOp: [1.0, 1.0, 1.0], edit: [1.2], consoleEdit: [1.0]));
        run.Root.Add(Root("stock", noOp: [1.0], consoleNoOp: [2.0], edit: [9.0, 3.0], consoleEdit: [1.0, 1.0]));

        var rows = GoalsTable.Rows(run);

        var noOp = rows.Where(r => r.Measure.StartsWith("no-op", StringComparison.Ordinal)).ToList();
        Assert.Equal((2.0, "no"), (noOp.Single(r => r.Setting == "workplace").Ratio!.Value, noOp.Single(r => r.Setting == "workplace").Met));
        Assert.Equal((0.5, "yes"), (noOp.Single(r => r.Setting == "stock").Ratio!.Value, noOp.Single(r => r.Setting == "stock").Met));
        var edit = rows.Where(r => r.Measure.StartsWith("edit one fact", StringComparison.Ordinal)).ToList();
        Assert.Equal(1.2, edit.Single(r => r.Setting == "workplace").Ratio!.Value, 6);
        Assert.Equal(("6.00 s", "1.00 s", 6.0, "no"), (edit.Single(r => r.Setting == "stock").Ours, edit.Single(r => r.Setting == "stock").Peer, edit.Single(r => r.Setting == "stock").Ratio!.Value, edit.Single(r => r.Setting == "stock").Met));
    }

    [Fact]
    public void Sizes_and_peers_a_run_lacks_are_not_measured_rather_than_met()
    {
        var run = Run("workplace");
        var size = new SizeRun { Size = 1000 };
        var builds = new BuildSeries();
        builds.Edit.AddRange([2.0]);
        builds.ConsoleEdit.AddRange([1.0]);
        size.Builds["workplace"] = builds;
        run.Sizes.Add(size);

        var rows = GoalsTable.Rows(run);

        var desk = rows.Single(r => r.Measure.Contains("1,000 facts, edit one fact", StringComparison.Ordinal));
        Assert.Equal((2.0, "no"), (desk.Ratio!.Value, desk.Met));
        Assert.Equal(GoalsTable.NotMeasured, rows.Single(r => r.Measure.Contains("10,000 facts, edit one fact", StringComparison.Ordinal)).Met);
        Assert.Equal(GoalsTable.NotMeasured, rows.Single(r => r.Measure.Contains("1,000 facts, vs `hugo server`", StringComparison.Ordinal)).Met);
        Assert.Equal(GoalsTable.NotMeasured, rows.Single(r => r.Measure.StartsWith("no-op", StringComparison.Ordinal)).Met);
        Assert.Equal(GoalsTable.NotMeasured, rows.Single(r => r.Measure.StartsWith("100,000", StringComparison.Ordinal)).Met);
    }

    [Fact]
    public void The_watch_loop_is_compared_with_hugo_server_in_milliseconds()
    {
        var run = Run("workplace");
        var size = new SizeRun { Size = 10000, Watch = new WatchSeries(), Hugo = new HugoSeries() };
        size.Watch.EditMs.AddRange([500, 400, 900]);
        size.Hugo.Server.EditMs.AddRange([5000, 5200, 4800]);
        run.Sizes.Add(size);

        var row = GoalsTable.Rows(run).Single(r => r.Measure.Contains("10,000 facts, vs `hugo server`", StringComparison.Ordinal));

        Assert.Equal(("500 ms", "5000 ms", "≤ 0.1×", "yes"), (row.Ours, row.Peer, row.Goal, row.Met));
        Assert.Equal(0.1, row.Ratio!.Value, 6);
    }

    [Theory]
    [InlineData(7.5, "yes")]
    [InlineData(8.5, "no")]
    public void A_hundred_thousand_facts_meet_the_goal_when_they_run_under_8_GiB(double gib, string met)
    {
        var run = Run("stock");
        var size = new SizeRun { Size = 100000, Watch = new WatchSeries { PeakBytes = 1L << 30 } };
        size.Watch.EditMs.Add(2500);
        var builds = new BuildSeries { PeakBytes = (long)(gib * (1L << 30)) };
        builds.Cold.Add(600);
        builds.Edit.Add(300);
        size.Builds["stock"] = builds;
        run.Sizes.Add(size);

        var row = GoalsTable.Rows(run).Single(r => r.Measure.StartsWith("100,000", StringComparison.Ordinal));

        Assert.Equal(met, row.Met);
        Assert.Contains("cold 600.00 s, edit 300.00 s, watch 2500 ms", row.Ours, StringComparison.Ordinal);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2.5, Stats.Median([4.0, 1.0, 2.0, 3.0]));
        Assert.Null(Stats.Median([]));
        Assert.Null(Stats.Ratio([1.0], [0.0]));
    }

    [Fact]
    public void The_markdown_holds_the_goals_table_and_the_settings()
    {
        var run = Run("workplace");
        run.Root.Add(Root("workplace", noOp: [3.0], consoleNoOp: [1.0], edit: [3.0], consoleEdit: [1.0]));

        var markdown = ResultsWriter.Markdown(run);

        Assert.Contains("| no-op `dotnet build` at the root vs console no-op | workplace | 3.00 s | 1.00 s | 3.00× | ≤ 1.5× | no |", markdown, StringComparison.Ordinal);
        Assert.Contains("- **workplace**: " + SdkSettings.Workplace.Description, markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123 (dotnet) S 45 123 123 0", 45)]
    [InlineData("7 (a (b) c) R 1 7 7 0", 1)]
    [InlineData("garbage", null)]
    public void The_parent_pid_is_read_after_the_command_name(string stat, int? parent)
    {
        Assert.Equal(parent, ProcessTree.ParseParent(stat));
    }

    [Fact]
    public void Settings_are_named_once_each()
    {
        Assert.Equal([SdkSettings.Workplace, SdkSettings.Stock], ScaleOptions.Parse(["scale", "--settings", "workplace,stock"]).Settings);
        Assert.Throws<ArgumentException>(() => ScaleOptions.Parse(["scale", "--settings", "stock,stock"]));
        Assert.Throws<ArgumentException>(() => ScaleOptions.Parse(["scale", "--settings", "laptop"]));
        Assert.Null(SdkSettings.Stock.With()["UseSharedCompilation"]);
        Assert.Equal("false", SdkSettings.Workplace.With()["UseSharedCompilation"]);
    }

    private static ScaleRun Run(params string[] settings)
    {
        var run = new ScaleRun();
        foreach (var setting in settings)
        {
            run.Machine.Settings[setting] = SdkSettings.Named(setting).Description;
        }

        return run;
    }

    private static RootRun Root(string setting, double[] noOp, double[] consoleNoOp, double[] edit, double[] consoleEdit)
    {
        var root = new RootRun { Setting = setting };
        root.NoOp.AddRange(noOp);
        root.ConsoleNoOp.AddRange(consoleNoOp);
        root.Edit.AddRange(edit);
        root.ConsoleEdit.AddRange(consoleEdit);
        return root;
    }
}
