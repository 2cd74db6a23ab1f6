using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using Briefings.CommandLine;

namespace Briefings.Watch;

/// <summary>
/// <c>Briefings.Watch --model facts.dll --facts dir --templates dir --out dir [--root dir] [--slug s] [--page-size n] [--port 5080 | --no-serve]</c>.
/// In this repository: <c>dotnet run --project src/Briefings.Watch</c> (the project file supplies the paths; options after
/// <c>--</c> override them). Exit code 2 on a usage error, as the render app.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = Parse(args, out var exitCode);
        if (options is null)
        {
            return exitCode;
        }

        using var done = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            done.Set();
        };

        try
        {
            using var watcher = new BriefingWatcher(options, Console.Out);
            watcher.Start();
            Console.WriteLine("Watching " + options.FactsDirectory + " and " + options.TemplatesDirectory + ".");
            done.Wait();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.IO.IOException or BadImageFormatException)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 1;
        }

        return 0;
    }

    private static WatchOptions? Parse(IReadOnlyList<string> args, out int exitCode)
    {
        var model = CommandLines.Text("--model", "facts.dll", "The compiled fact model (its assembly).", required: true);
        var facts = CommandLines.Text("--facts", "dir", "The fact folder to watch.", required: true);
        var templates = CommandLines.Text("--templates", "dir", "The templates folder to watch.", required: true);
        var output = CommandLines.Text("--out", "dir", "Where the briefings are written (and served from).", required: true);
        var root = CommandLines.Text("--root", "dir", "Diagnostics name files relative to this folder (default: the current folder).");
        var slug = CommandLines.Text("--slug", "slug", "First part of every file name (default: the schema's 'slug:', else the model assembly's name as a slug, as the build does).");
        var pageSize = PageSizeOption.Create();
        var port = CommandLines.WholeNumber("--port", "The loopback port the briefings are served on (0 picks a free one).", 5080);
        var noServe = new Option<bool>("--no-serve") { Description = "Render only; serve nothing (wins over --port)." };
        var command = new RootCommand("Watches the facts and templates, re-renders the briefings on every edit and serves them with live reload.")
        {
            model, facts, templates, output, root, slug, pageSize, port, noServe,
        };

        if (CommandLines.Parse(command, args, out exitCode) is not { } result)
        {
            return null;
        }

        return new WatchOptions
        {
            ModelPath = result.GetRequiredValue(model),
            FactsDirectory = result.GetRequiredValue(facts),
            TemplatesDirectory = result.GetRequiredValue(templates),
            OutputDirectory = result.GetRequiredValue(output),
            DisplayRoot = result.GetValue(root) ?? Environment.CurrentDirectory,
            Slug = result.GetValue(slug),
            PageSize = result.GetValue(pageSize),
            VerifyIncremental = Environment.GetEnvironmentVariable("BRIEFINGS_WATCH_VERIFY") == "1",
            Port = result.GetValue(noServe) ? null : result.GetValue(port),
        };
    }
}
