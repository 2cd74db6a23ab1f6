using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Briefings.Benchmarks.Scale.Processes;
using Briefings.Benchmarks.Scale.Results;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// This repository's own root build, as a user runs it: <c>dotnet build --no-restore</c> at the root of the
/// <c>git archive</c> export (restored once, built once untimed per setting), no-op and after editing one seed fact (the
/// first figure's English label in seeds/figures.yaml, checked in the HTML briefings), against the console app's no-op and
/// Program.cs edit, interleaved.
/// </summary>
internal static class RootBuildMeasurement
{
    private const string SeedFile = "seeds/figures.yaml";
    // A plain (unquoted) scalar: the marker has no ": " so the YAML stays valid.
    private const string LabelLine = "    label:\n      en: ";

    public static void Restore(string root) =>
        ProcessRunner.Check(ProcessRunner.Run("dotnet", root, SdkSettings.Workplace.With(), "restore", "-nologo"), "dotnet restore at the root of the export");

    public static RootRun Measure(string root, SdkSettings settings, BuildProject console, int runs, string load)
    {
        var seed = Path.Combine(root, SeedFile);
        var original = File.ReadAllText(seed);
        if (!original.Contains(LabelLine, StringComparison.Ordinal))
        {
            throw new ScaleRunException($"{SeedFile} has no figure label to edit ('{LabelLine}').", string.Empty);
        }

        var repository = new BuildProject(root, SdkSettings.Workplace.With());
        var result = new RootRun { Setting = settings.Name, Load = load };
        if (settings.LeavesServers)
        {
            BuildServers.Shutdown(root);
        }

        repository.Build("root build (untimed first build)", settings);
        for (var run = 1; run <= runs; run++)
        {
            var noOp = repository.Build($"root no-op {run}", settings);
            result.NoOp.Add(noOp.Seconds);
            result.PeakBytes = BuildSeries.Max(result.PeakBytes, noOp.PeakBytes);
            result.ConsoleNoOp.Add(console.Build("console no-op", settings).Seconds);
        }

        for (var run = 1; run <= runs; run++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"root edit {settings.Name} {run} ");
            File.WriteAllText(seed, ReplaceFirst(original, LabelLine, LabelLine + marker), new UTF8Encoding(false));
            var edit = repository.Build($"root edit {run}", settings);
            result.Edit.Add(edit.Seconds);
            result.PeakBytes = BuildSeries.Max(result.PeakBytes, edit.PeakBytes);
            var briefings = Path.Combine(root, "briefings");
            if (!Directory.Exists(briefings) || !Directory.EnumerateFiles(briefings, "*.html").Any(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)))
            {
                throw new ScaleRunException($"root edit {run}: no briefing under {briefings} shows the edited label ('{marker}').", edit.Output);
            }

            File.WriteAllText(Path.Combine(console.Directory, "Program.cs"), string.Create(CultureInfo.InvariantCulture, $"Console.WriteLine(\"Hello, World! root {settings.Name} {run}\");\n"));
            result.ConsoleEdit.Add(console.Build("console edit", settings).Seconds);
        }

        File.WriteAllText(seed, original, new UTF8Encoding(false));
        if (settings.LeavesServers)
        {
            BuildServers.Shutdown(root);
            repository.Build("stop the render server", settings, Path.Combine("src", "Briefings.Story", "Briefings.Story.csproj"), "-t:BriefingsStopRenderServer");
        }

        return result;
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + find.Length)..];
    }
}
