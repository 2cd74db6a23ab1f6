using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Benchmarks.Scale.Results;

/// <summary>The run as Markdown (ready to paste into RESULTS.md and SCALE.md) and as JSON (every single timing).</summary>
internal static class ResultsWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes scale-STAMP.md and scale-STAMP.json into <paramref name="folder"/>; returns the Markdown file's path.</summary>
    public static string Write(ScaleRun run, string folder, string stamp)
    {
        Directory.CreateDirectory(folder);
        var markdown = Path.Combine(folder, "scale-" + stamp + ".md");
        File.WriteAllText(markdown, Markdown(run), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "scale-" + stamp + ".json"), JsonSerializer.Serialize(new { run, goals = GoalsTable.Rows(run) }, Json) + "\n", new UTF8Encoding(false));
        return markdown;
    }

    public static string Markdown(ScaleRun run)
    {
        var m = run.Machine;
        var text = new StringBuilder();
        Line(text, $"One run of `{m.Command}`, {m.Date}, commit {m.Commit}.");
        text.Append('\n');
        Line(text, $"Machine: {m.Description}, .NET SDK {m.Sdk}; Hugo: {m.Hugo ?? "not run"}. Load average {m.LoadAtStart} at the start and {m.LoadAtEnd} at the end; whole run {m.Minutes:F1} min.");
        text.Append('\n');
        foreach (var (name, description) in m.Settings)
        {
            Line(text, $"- **{name}**: {description}");
        }

        Line(text, $"- Peak memory: {m.Memory}");
        if (run.Failure is not null)
        {
            text.Append('\n');
            Line(text, $"**The run stopped early**: {run.Failure}");
        }

        Goals(text, run);
        Curve(text, run);
        Root(text, run);
        return text.ToString();
    }

    private static void Goals(StringBuilder text, ScaleRun run)
    {
        text.Append('\n');
        Line(text, $"| Measure | Setting | Ours | Peer / console | Ratio | Goal | Met? |");
        Line(text, $"| --- | --- | ---: | ---: | ---: | --- | --- |");
        foreach (var row in GoalsTable.Rows(run))
        {
            Line(text, $"| {row.Measure} | {row.Setting} | {row.Ours} | {row.Peer} | {(row.Ratio is { } r ? Invariant($"{r:F2}×") : "-")} | {row.Goal} | {row.Met} |");
        }
    }

    private static void Curve(StringBuilder text, ScaleRun run)
    {
        text.Append('\n');
        Line(text, $"| N | setting | load | cold | edit one fact (render) | no-op | watch edit | peak memory (build / watch) | generated C# | output | console cold / no-op / edit | edit vs console |");
        Line(text, $"| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in run.Sizes)
        {
            foreach (var (setting, b) in size.Builds)
            {
                var render = Stats.Median(b.RenderMs.Where(r => r is not null).Select(r => r!.Value / 1000));
                Line(text, $"| {size.Size:N0} | {setting} | {b.Load.Split(' ')[0]} | {S(b.Cold)} | {S(b.Edit)} ({(render is { } x ? Invariant($"{x:F1} s") : "?")}) | {S(b.NoOp)} | {Ms(size.Watch?.EditMs)} | {GoalsTable.GiB(b.PeakBytes)} / {GoalsTable.GiB(size.Watch?.PeakBytes)} | {GoalsTable.MiB(size.GeneratedCSharpBytes)} | {size.BriefingFiles:N0} files, {GoalsTable.MiB(size.BriefingBytes)} | {S(b.ConsoleCold)} / {S(b.ConsoleNoOp)} / {S(b.ConsoleEdit)} | {Ratio(b.Edit, b.ConsoleEdit)} |");
            }

            if (size.Hugo is { } h)
            {
                Line(text, $"| {size.Size:N0} | `hugo` | | {S(h.Cold)} | {S(h.Edit)} | {S(h.NoOp)} (a full build) | {Ms(h.Server.EditMs)} | {GoalsTable.GiB(h.PeakBytes)} / {GoalsTable.GiB(h.Server.PeakBytes)} | - | {h.OutputFiles:N0} files, {GoalsTable.MiB(h.OutputBytes)} | | |");
            }
        }

        text.Append('\n');
        Line(text, $"Medians. Single runs (s; watch edits in ms):");
        text.Append('\n');
        foreach (var size in run.Sizes)
        {
            foreach (var (setting, b) in size.Builds)
            {
                Line(text, $"- N={size.Size:N0} {setting}: cold {J(b.Cold)}; no-op {J(b.NoOp)}; edit {J(b.Edit)}; console cold {J(b.ConsoleCold)}, no-op {J(b.ConsoleNoOp)}, edit {J(b.ConsoleEdit)}");
            }

            if (size.Watch is { } w)
            {
                Line(text, $"- N={size.Size:N0} our watch (`briefings watch` from the package, {w.ChangedFiles} briefings hold the edited title; started in {w.StartSeconds:F1} s): {J(w.EditMs, "F0")}");
            }

            if (size.Hugo is { } h)
            {
                Line(text, $"- N={size.Size:N0} hugo ({h.ContentFiles:N0} content files): cold {J(h.Cold)}; no-op {J(h.NoOp)}; edit {J(h.Edit)}; `hugo server --renderToDisk` ({h.Server.ChangedFiles} pages hold the edited title; started in {h.Server.StartSeconds:F1} s): {J(h.Server.EditMs, "F0")}");
            }
        }
    }

    private static void Root(StringBuilder text, ScaleRun run)
    {
        if (run.Root.Count == 0)
        {
            return;
        }

        text.Append('\n');
        Line(text, $"| `dotnet build --no-restore` at the root | setting | load | repository | console | ratio | peak memory | single runs (repository; console) |");
        Line(text, $"| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in run.Root)
        {
            Line(text, $"| no-op | {r.Setting} | {r.Load.Split(' ')[0]} | {S(r.NoOp)} | {S(r.ConsoleNoOp)} | {Ratio(r.NoOp, r.ConsoleNoOp)} | {GoalsTable.GiB(r.PeakBytes)} | {J(r.NoOp)}; {J(r.ConsoleNoOp)} |");
            Line(text, $"| edit one fact / edit `Program.cs` | {r.Setting} | | {S(r.Edit)} | {S(r.ConsoleEdit)} | {Ratio(r.Edit, r.ConsoleEdit)} | | {J(r.Edit)}; {J(r.ConsoleEdit)} |");
        }
    }

    private static string S(List<double> values) => Stats.Median(values) is { } v ? GoalsTable.Seconds(v) : "-";

    private static string Ms(List<double>? values) => values is not null && Stats.Median(values) is { } v ? GoalsTable.Milliseconds(v) : "-";

    private static string Ratio(List<double> ours, List<double> theirs) => Stats.Ratio(ours, theirs) is { } r ? Invariant($"{r:F2}×") : "-";

    private static string J(List<double> values, string format = "F2") => values.Count == 0 ? "-" : string.Join(" / ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture)));

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
