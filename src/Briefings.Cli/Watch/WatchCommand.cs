using System;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using Briefings.Cli.CommandLine;
using Briefings.Cli.Output;
using Briefings.Cli.Projects;

namespace Briefings.Cli.Watch;

/// <summary>
/// <c>briefings watch [--project p] [--model facts.dll --facts dir --templates dir --out dir --root dir] [--slug s] [--page-size n] [--port 5080 | --no-serve]</c>.
/// Paths not given come from the story project in the current folder (or <c>--project</c>), as its build sees them.
/// In this repository: <c>dotnet run --project src/Briefings.Cli -- watch</c>.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var model = CommandLines.Text("--model", "facts.dll", "The compiled fact model (its assembly; default: the project's).");
        var facts = CommandLines.Text("--facts", "dir", "The fact folder to watch (default: the project's BriefingsFactsRoot).");
        var templates = CommandLines.Text("--templates", "dir", "The templates folder to watch (default: the project's BriefingsTemplatesDir).");
        var output = CommandLines.Text("--out", "dir", "Where the briefings are written and served from (default: the project's BriefingsOutputDir).");
        var root = CommandLines.Text("--root", "dir", "Diagnostics name files relative to this folder (default: the project's BriefingsDisplayRoot).");
        var slug = CommandLines.Text("--slug", "slug", "First part of every file name (default: the schema's 'slug:', else the model assembly's name as a slug, as the build does).");
        var pageSize = PageSizeOption.Create();
        var port = CommandLines.WholeNumber("--port", "The loopback port the briefings are served on (0 picks a free one).", 5080);
        var noServe = new Option<bool>("--no-serve") { Description = "Render only; serve nothing (wins over --port)." };
        var timings = new Option<bool>("--timings") { Description = "After each edit, print where its time went: reading and checking the facts, rendering, writing." };
        var jsonSchemas = CommandLines.Text("--json-schemas", "dir", "Where the JSON Schemas for editors are refreshed when an id changes (default: the project's BriefingsJsonSchemaDir, unless BriefingsJsonSchemas is false).");
        var command = new Command("watch", "Watches the facts and templates, re-renders the briefings on every edit and serves them with live reload.")
        {
            model, facts, templates, output, root, slug, pageSize, port, noServe, jsonSchemas, timings,
        };
        command.SetAction(result =>
        {
            var terminal = Terminal.Console();
            try
            {
                var given = new[] { result.GetValue(model), result.GetValue(facts), result.GetValue(templates), result.GetValue(output) };
                var project = Array.Exists(given, g => g is null) ? ProjectReader.Read(result.GetValue(ProjectOption.Instance), terminal) : null;
                var options = new WatchOptions
                {
                    ModelPath = result.GetValue(model) ?? project!.ModelPath,
                    FactsDirectory = result.GetValue(facts) ?? project!.FactsRoot,
                    TemplatesDirectory = result.GetValue(templates) ?? project!.TemplatesDirectory,
                    OutputDirectory = result.GetValue(output) ?? project!.OutputDirectory,
                    DisplayRoot = result.GetValue(root) ?? project?.DisplayRoot ?? Environment.CurrentDirectory,
                    Slug = result.GetValue(slug) ?? project?.Slug,
                    JsonSchemaDirectory = result.GetValue(jsonSchemas) ?? (project is { WritesJsonSchemas: true } ? project.JsonSchemaDirectory : null),
                    PageSize = result.GetResult(pageSize) is null && project?.PageSize is { } size ? size : result.GetValue(pageSize),
                    VerifyIncremental = Environment.GetEnvironmentVariable("BRIEFINGS_WATCH_VERIFY") == "1",
                    Timings = result.GetValue(timings),
                    Port = result.GetValue(noServe) ? null : result.GetValue(port),
                };
                return Run(options, terminal);
            }
            catch (ProjectException ex)
            {
                terminal.WriteLine("error: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    private static int Run(WatchOptions options, Terminal terminal)
    {
        if (!File.Exists(options.ModelPath))
        {
            terminal.WriteLine($"error: the model {options.ModelPath} is not built yet: run `dotnet build` once, then start the watch.");
            return 1;
        }

        // Ctrl+C and a plain `kill` (SIGTERM) both stop the loop and end the process; the web host's own lifetime
        // would otherwise take SIGTERM and wait for this method to return.
        using var done = new ManualResetEventSlim();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            done.Set();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        try
        {
            using var log = new TerminalWriter(terminal);
            using var watcher = new BriefingWatcher(options, log);
            terminal.Progress("Loading the model and rendering every briefing...");
            watcher.Start();
            terminal.WriteLine("Watching " + options.FactsDirectory + " and " + options.TemplatesDirectory + ".");
            done.Wait();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or BadImageFormatException)
        {
            terminal.WriteLine("error: " + ex.Message);
            return 1;
        }

        return 0;
    }
}
