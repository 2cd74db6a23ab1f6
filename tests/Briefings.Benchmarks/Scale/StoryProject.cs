using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Briefings.Benchmarks.Scale.Processes;
using Briefings.Benchmarks.Scale.Results;
using Briefings.Benchmarks.Synthetic;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// A desk's story project at one size: <c>dotnet new console</c> plus only <c>&lt;PackageReference Include="Briefings" /&gt;</c>,
/// the synthetic fact base in <c>facts/</c>, restored once. Its builds are timed cold, no-op and after editing one fact
/// (the English title of event-000000), each checked for what it must have done, against the console app interleaved.
/// </summary>
internal sealed class StoryProject
{
    /// <summary>The line an edit changes in the synthetic event's YAML; the marker goes right after it.</summary>
    public const string TitleLine = "title:\n  en: \"";

    private StoryProject(BuildProject project, string factFile, string factText, SizeRun size)
    {
        Project = project;
        FactFile = factFile;
        FactText = factText;
        Size = size;
    }

    public BuildProject Project { get; }

    public string FactFile { get; }

    /// <summary>The edited fact's text as the synthetic generator wrote it.</summary>
    public string FactText { get; }

    public SizeRun Size { get; }

    public string Directory => Project.Directory;

    public string Briefings => Path.Combine(Directory, "briefings");

    /// <summary>The English title of the edited fact, as the outputs show it before any edit.</summary>
    public string Title => TitleIn(FactText);

    /// <summary>The English title in a version of the edited fact's text.</summary>
    public static string TitleIn(string factText) => factText[(factText.IndexOf(TitleLine, StringComparison.Ordinal) + TitleLine.Length)..].Split('"')[0];

    public static StoryProject Create(string folder, int size, string version, IReadOnlyDictionary<string, string?> variables)
    {
        var project = BuildProject.NewConsole(folder, "Story", variables);
        var projectFile = Path.Combine(project.Directory, "Story.csproj");
        var reference = $"""
              <ItemGroup>
                <PackageReference Include="Briefings" Version="{version}" />
              </ItemGroup>

            </Project>
            """;
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("</Project>", reference, StringComparison.Ordinal));

        var facts = Path.Combine(project.Directory, "facts");
        var written = SyntheticFactBase.Write(facts, size);
        var factFile = System.IO.Directory.EnumerateFiles(facts, "event-000000.yaml", SearchOption.AllDirectories).Single();
        var factText = File.ReadAllText(factFile);
        if (!factText.Contains(TitleLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The synthetic event has no English title to edit: " + factFile);
        }

        project.Restore();
        var run = new SizeRun { Size = size, FactFiles = written.Count, FactBytes = written.Sum(f => new FileInfo(f).Length) };
        Console.WriteLine(Invariant($"{run.FactFiles} fact files ({run.FactBytes / 1048576.0:F1} MiB) in {facts}; edited fact: {Path.GetRelativePath(project.Directory, factFile)}"));
        return new StoryProject(project, factFile, factText, run);
    }

    /// <summary>Writes the edited fact with <paramref name="marker"/> at the start of its English title (null: as generated).</summary>
    public void Edit(string? marker) => File.WriteAllText(FactFile, marker is null ? FactText : FactText.Replace(TitleLine, TitleLine + marker, StringComparison.Ordinal), new UTF8Encoding(false));

    /// <summary>Cold, no-op and edit builds under one setting, each followed by the console app's counterpart.</summary>
    public BuildSeries MeasureBuilds(SdkSettings settings, BuildProject console, ScaleOptions options, string load)
    {
        var series = new BuildSeries { Load = load };
        var n = Size.Size;
        Edit(null);
        for (var run = 0; run < options.ColdRuns; run++)
        {
            var cold = Project.Cold($"N={n} cold", settings);
            series.Cold.Add(cold.Seconds);
            series.Peak(cold.PeakBytes);
            series.RenderMs.Add(null);
            var consoleCold = console.Cold("console cold", settings);
            series.ConsoleCold.Add(consoleCold.Seconds);
            series.ConsolePeak(consoleCold.PeakBytes);
            if (!BriefingFiles().Any())
            {
                throw new ScaleRunException($"N={n} cold: the build succeeded but wrote no briefings into {Briefings}.", cold.Output);
            }
        }

        series.RenderMs.Clear();
        for (var run = 1; run <= options.Runs; run++)
        {
            MeasureNoOp(settings, console, series, run);
        }

        for (var run = 1; run <= options.Runs; run++)
        {
            MeasureEdit(settings, console, series, run);
        }

        Edit(null);
        return series;
    }

    /// <summary>One untimed build with EmitCompilerGeneratedFiles after putting the fact back: the generator's C# size; and the briefings' size.</summary>
    public void MeasureSizes(SdkSettings settings)
    {
        Edit(null);
        var generated = Path.Combine(Directory, "obj", "generated-sizes");
        Project.Build("generated C# size", settings, "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated);
        Size.GeneratedCSharpBytes = System.IO.Directory.Exists(generated)
            ? System.IO.Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : null;
        var files = BriefingFiles().ToList();
        Size.BriefingFiles = files.Count;
        Size.BriefingBytes = files.Sum(f => new FileInfo(f).Length);
        Size.LargestBriefing = files.OrderByDescending(f => new FileInfo(f).Length).Select(f => Invariant($"{Path.GetFileName(f)} {new FileInfo(f).Length / 1048576.0:F1} MiB")).FirstOrDefault() ?? "-";
    }

    public IEnumerable<string> BriefingFiles() => System.IO.Directory.Exists(Briefings)
        ? System.IO.Directory.EnumerateFiles(Briefings, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
        : [];

    private void MeasureNoOp(SdkSettings settings, BuildProject console, BuildSeries series, int run)
    {
        var before = Snapshot();
        var noOp = Project.Build($"N={Size.Size} no-op {run}", settings);
        series.NoOp.Add(noOp.Seconds);
        series.Peak(noOp.PeakBytes);
        if (!before.SequenceEqual(Snapshot()) || noOp.Output.Contains("Briefing written", StringComparison.Ordinal))
        {
            throw new ScaleRunException($"N={Size.Size} no-op {run}: the briefings were rewritten by a build with nothing to do.", noOp.Output);
        }

        var consoleNoOp = console.Build("console no-op", settings);
        series.ConsoleNoOp.Add(consoleNoOp.Seconds);
        series.ConsolePeak(consoleNoOp.PeakBytes);
    }

    private void MeasureEdit(SdkSettings settings, BuildProject console, BuildSeries series, int run)
    {
        // One value of one fact: the English title of event-000000, different on every run and in every setting.
        // Every briefing that showed the title before must show the new one after (not "every file rewritten": a build
        // that re-renders only what read the fact is right too).
        var marker = Invariant($"edit {settings.Name} {run}: ");
        var showing = EditLatency.FilesHolding(Briefings, TitleIn(File.ReadAllText(FactFile)));
        Edit(marker);
        var edit = Project.Build($"N={Size.Size} edit {run}", settings);
        series.Edit.Add(edit.Seconds);
        series.RenderMs.Add(edit.RenderMilliseconds);
        series.Peak(edit.PeakBytes);
        var stale = showing.Where(f => !File.Exists(f) || !File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)).ToList();
        if (showing.Count == 0 || stale.Count > 0)
        {
            throw new ScaleRunException($"N={Size.Size} edit {run}: {(showing.Count == 0 ? "no briefing showed the fact's title before the edit" : "briefings without the edited title ('" + marker + "'): " + string.Join(", ", stale.Take(5)))}.", edit.Output);
        }

        var program = Path.Combine(console.Directory, "Program.cs");
        File.WriteAllText(program, Invariant($"Console.WriteLine(\"Hello, World! {settings.Name} {run}\");\n"));
        var consoleEdit = console.Build("console edit", settings);
        series.ConsoleEdit.Add(consoleEdit.Seconds);
        series.ConsolePeak(consoleEdit.PeakBytes);
    }

    private List<(string Name, DateTime Written)> Snapshot() => BriefingFiles().Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
