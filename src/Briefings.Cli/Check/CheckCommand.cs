using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Briefings.Cli.CommandLine;
using Briefings.Cli.Output;
using Briefings.Cli.Projects;
using Briefings.Cli.Watch;
using Briefings.Facts.Pipeline;

namespace Briefings.Cli.Check;

/// <summary>
/// <c>briefings check [--project p] [--facts dir] [--root dir]</c>: reads every fact file with the generator's own
/// pipeline (<see cref="FactBaseSession"/>: the same reader, binder and cross-file checks, no compiler) and prints its
/// located diagnostics as the build does. Exit code 1 if any is an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var facts = CommandLines.Text("--facts", "dir", "The fact folder (default: the project's BriefingsFactsRoot).");
        var root = CommandLines.Text("--root", "dir", "Diagnostics name files relative to this folder (default: the project's BriefingsDisplayRoot).");
        var command = new Command("check", "Checks the facts against their schema and each other, without a build, and prints the located errors.") { facts, root };
        command.SetAction(result =>
        {
            var terminal = Terminal.Console();
            try
            {
                var project = result.GetValue(facts) is null ? ProjectReader.Read(result.GetValue(ProjectOption.Instance), terminal) : null;
                var folder = Path.GetFullPath(result.GetValue(facts) ?? project!.FactsRoot);
                var display = Path.GetFullPath(result.GetValue(root) ?? project?.DisplayRoot ?? Environment.CurrentDirectory);
                return Run(folder, display, project?.RootNamespace, terminal);
            }
            catch (ProjectException ex)
            {
                terminal.WriteLine("error: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    public static int Run(string factsRoot, string displayRoot, string? rootNamespace, Terminal terminal)
    {
        if (!Directory.Exists(factsRoot))
        {
            terminal.WriteLine($"error: the facts folder {factsRoot} does not exist.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var paths = FactFolder.Files(factsRoot).ToList();
        var texts = new (string Path, string? Text)[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            terminal.Progress($"Reading fact files: {i + 1} of {paths.Count}");
            texts[i] = (paths[i], FactFolder.Read(paths[i]));
        }

        terminal.Progress($"Checking {paths.Count} fact files...");
        var result = new FactBaseSession(factsRoot, rootNamespace).Update(texts);
        terminal.EndProgress();
        string Display(string path) => Path.GetRelativePath(displayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
        var diagnostics = result.Diagnostics
            .Concat(FactFolder.NotRegular(factsRoot).Select(FactFolder.NotRegularError))
            .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal).ThenBy(d => d.Location?.Start ?? 0).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var diagnostic in diagnostics)
        {
            terminal.WriteLine(diagnostic.Format(Display));
        }

        var errors = diagnostics.Count(d => d.IsError);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{(errors == 0 ? "Facts are sound" : "Facts have errors")}: {paths.Count} file(s) checked, {errors} error(s), {diagnostics.Count - errors} warning(s), in {clock.ElapsedMilliseconds} ms.");
        terminal.WriteLine(errors == 0 ? summary : "error: " + summary[..1].ToLowerInvariant() + summary[1..], success: errors == 0);
        return errors == 0 ? 0 : 1;
    }
}
