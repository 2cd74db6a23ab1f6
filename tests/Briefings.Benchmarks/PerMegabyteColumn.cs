using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Briefings.Benchmarks;

/// <summary>
/// Two columns for benchmarks that read a whole fact base once per operation: the input size (MB of fact files,
/// schema excluded) and the mean time per MB. Other benchmarks of the class show "-".
/// </summary>
public sealed class PerMegabyteColumn(bool perMegabyte) : IColumn
{
    /// <summary>Benchmarks (method names) whose one operation reads every fact file once.</summary>
    private static readonly string[] WholeFactBase = ["FullRun", "ParseAll"];

    public string Id => perMegabyte ? "PerMegabyte" : "InputMegabytes";

    public string ColumnName => perMegabyte ? "Time per MB" : "Input MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => perMegabyte ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => perMegabyte ? "Mean time per MB (10^6 bytes) of fact files read" : "Size of the fact files read per operation, in MB (10^6 bytes), schema excluded";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var facts = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Facts")?.Value as int?;
        if (facts is null || !WholeFactBase.Contains(benchmarkCase.Descriptor.WorkloadMethod.Name, StringComparer.Ordinal))
        {
            return "-";
        }

        var megabytes = BenchmarkInputs.FactFileBytes(facts.Value) / 1e6;
        if (!perMegabyte)
        {
            return megabytes.ToString("F3", CultureInfo.InvariantCulture);
        }

        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is null ? "NA" : (mean.Value / 1e6 / megabytes).ToString("F1", CultureInfo.InvariantCulture) + " ms";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Adds both columns to a benchmark class: <c>[Config(typeof(PerMegabyteColumn.Config))]</c>.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new PerMegabyteColumn(false), new PerMegabyteColumn(true));
    }
}
