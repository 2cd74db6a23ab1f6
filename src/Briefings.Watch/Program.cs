using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Briefings.Rendering;

namespace Briefings.Watch;

/// <summary>
/// <c>Briefings.Watch --model facts.dll --facts dir --templates dir --out dir [--root dir] [--slug s] [--port 5080 | --no-serve]</c>.
/// In this repository: <c>dotnet run --project src/Briefings.Watch</c> (the project file supplies the paths).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Briefings.Watch --model <facts.dll> --facts <dir> --templates <dir> --out <dir> [--root <dir>] [--slug <slug>] [--page-size <n>] [--port <n> | --no-serve]");
            return 2;
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
        catch (Exception ex) when (ex is InvalidOperationException or System.IO.IOException or BadImageFormatException or System.Net.HttpListenerException)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 1;
        }

        return 0;
    }

    private static WatchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var serve = true;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--no-serve")
            {
                serve = false;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        if (!values.TryGetValue("model", out var model) || !values.TryGetValue("facts", out var facts) || !values.TryGetValue("templates", out var templates) || !values.TryGetValue("out", out var output))
        {
            return null;
        }

        return new WatchOptions
        {
            ModelPath = model,
            FactsDirectory = facts,
            TemplatesDirectory = templates,
            OutputDirectory = output,
            DisplayRoot = values.GetValueOrDefault("root") ?? Environment.CurrentDirectory,
            Slug = values.GetValueOrDefault("slug"),
            PageSize = values.TryGetValue("page-size", out var pageSize) ? int.Parse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture) : RenderRequest.DefaultPageSize,
            VerifyIncremental = Environment.GetEnvironmentVariable("BRIEFINGS_WATCH_VERIFY") == "1",
            Port = serve ? int.Parse(values.GetValueOrDefault("port") ?? "5080", NumberStyles.None, CultureInfo.InvariantCulture) : null,
        };
    }
}
