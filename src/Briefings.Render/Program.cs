using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Briefings.Rendering;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Loading;
using Briefings.Rendering.Output;
using Briefings.Runtime;

namespace Briefings.Render;

/// <summary>
/// <c>Briefings.Render --model facts.dll --templates templates --out briefings [--slug s] [--root dir] [--stamp f] [--output-list f] [--page-size n]</c>.
/// Prints diagnostics in MSBuild's canonical form (so Exec reports them as errors at the template) and the paths it
/// wrote. Exit code 0 on success, 1 on any error.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = ParseArguments(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Briefings.Render --model <facts.dll> --templates <dir> --out <dir> [--slug <slug>] [--root <dir>] [--stamp <file>] [--output-list <file>] [--page-size <n>]");
            return 2;
        }

        var stamp = options.GetValueOrDefault("stamp");
        if (stamp is not null && File.Exists(stamp))
        {
            File.Delete(stamp);
        }

        var root = Path.GetFullPath(options.GetValueOrDefault("root") ?? Directory.GetCurrentDirectory());
        var templates = Path.GetFullPath(options["templates"]);
        var output = Path.GetFullPath(options["out"]);
        var diagnostics = new List<RenderDiagnostic>();
        var watch = Stopwatch.StartNew();

        var model = LoadModel(Path.GetFullPath(options["model"]), diagnostics);
        if (model is not null)
        {
            var slug = options.GetValueOrDefault("slug") ?? FindSlug(model, diagnostics);
            if (slug is not null)
            {
                var result = BriefingRenderer.Render(new RenderRequest
                {
                    Model = model,
                    TemplatesDirectory = templates,
                    TemplatesDisplayPath = Display(root, templates),
                    Slug = slug,
                    LoopLimit = options.TryGetValue("loop-limit", out var loops) ? int.Parse(loops, System.Globalization.CultureInfo.InvariantCulture) : null,
                    OutputLimit = options.TryGetValue("output-limit", out var limit) ? int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) : 16 * 1024 * 1024,
                    // Not a positive number: 0, which the renderer reports as BRF115.
                    PageSize = options.TryGetValue("page-size", out var size)
                        ? (int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
                        : RenderRequest.DefaultPageSize,
                });
                diagnostics.AddRange(result.Diagnostics);
                if (result.Succeeded)
                {
                    diagnostics.AddRange(AtomicFiles.WriteAll(output, result.Files, Display(root, output)));
                    if (!diagnostics.Any(d => d.IsError))
                    {
                        Finish(options, output, result.Files, watch);
                    }
                }
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            Console.WriteLine(diagnostic.ToString());
        }

        return diagnostics.Any(d => d.IsError) ? 1 : 0;
    }

    private static void Finish(Dictionary<string, string> options, string output, IReadOnlyList<RenderedFile> files, Stopwatch watch)
    {
        var written = files.Select(f => Path.Combine(output, f.Name)).ToList();
        if (options.GetValueOrDefault("output-list") is { } list)
        {
            // Files the previous render wrote that this one no longer produces (a removed template) are deleted.
            if (File.Exists(list))
            {
                foreach (var stale in File.ReadAllLines(list).Except(written, StringComparer.Ordinal))
                {
                    if (stale.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(stale))
                    {
                        File.Delete(stale);
                    }
                }
            }

            AtomicFiles.Write(list, string.Join('\n', written) + "\n");
        }

        foreach (var path in written)
        {
            Console.WriteLine("Briefing written: " + path);
        }

        Console.WriteLine($"Rendered {files.Count} files in {watch.ElapsedMilliseconds} ms.");
        if (options.GetValueOrDefault("stamp") is { } stamp)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stamp))!);
            AtomicFiles.Write(stamp, "rendered\n");
        }
    }

    private static IFactModel? LoadModel(string modelPath, List<RenderDiagnostic> diagnostics)
    {
        try
        {
            return ModelLoader.Load(modelPath);
        }
        catch (ModelLoadException ex)
        {
            diagnostics.Add(RenderDiagnostics.ModelUnloadable.NoLocation(Path.GetFileName(modelPath), ex.Message));
            return null;
        }
    }

    /// <summary>The slug the schema declares (<c>schema: slug:</c>), when no <c>--slug</c> is given.</summary>
    private static string? FindSlug(IFactModel model, List<RenderDiagnostic> diagnostics)
    {
        if (model.Slug is null)
        {
            diagnostics.Add(RenderDiagnostics.NoSlug.NoLocation("the schema declares no 'slug:' and no --slug was given"));
        }

        return model.Slug;
    }

    private static string Display(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static Dictionary<string, string>? ParseArguments(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            options[args[i][2..]] = args[++i];
        }

        return options.ContainsKey("model") && options.ContainsKey("templates") && options.ContainsKey("out") ? options : null;
    }
}
