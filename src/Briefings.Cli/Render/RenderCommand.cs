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

namespace Briefings.Cli.Render;

/// <summary>
/// <c>briefings render --model facts.dll --templates templates --out briefings [--slug s] [--root dir] [--stamp f] [--output-list f] [--page-size n]</c>
/// (<see cref="RenderOptions"/>). Prints diagnostics in MSBuild's canonical form (so Exec reports them as errors at the
/// template) and the paths it wrote. Exit code 0 on success, 1 on any error, 2 on a usage error.
/// </summary>
internal static class RenderCommand
{
    public static int Run(RenderOptions options)
    {
        var stamp = options.Stamp;
        if (stamp is not null && File.Exists(stamp))
        {
            File.Delete(stamp);
        }

        var root = Path.GetFullPath(options.Root ?? Directory.GetCurrentDirectory());
        var templates = Path.GetFullPath(options.Templates);
        var output = Path.GetFullPath(options.Out);
        var diagnostics = new List<RenderDiagnostic>();
        var watch = Stopwatch.StartNew();

        var model = LoadModel(Path.GetFullPath(options.Model), diagnostics);
        if (model is not null)
        {
            var slug = options.Slug ?? FindSlug(model, options.DefaultSlug, diagnostics);
            if (slug is not null)
            {
                var result = BriefingRenderer.Render(new RenderRequest
                {
                    Model = model,
                    TemplatesDirectory = templates,
                    TemplatesDisplayPath = Display(root, templates),
                    Slug = slug,
                    LoopLimit = options.LoopLimit,
                    OutputLimit = options.OutputLimit,
                    MemoryLimit = (long)options.MemoryLimit << 20,
                    PageSize = options.PageSize,
                });
                diagnostics.AddRange(result.Diagnostics);
                if (result.Succeeded)
                {
                    diagnostics.AddRange(OutputSet.Replace(output, result.Files, Stale(options, output, result.Files), Display(root, output)));
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

    private static void Finish(RenderOptions options, string output, IReadOnlyList<RenderedFile> files, Stopwatch watch)
    {
        var written = files.Select(f => Path.Combine(output, f.Name)).ToList();
        if (options.OutputList is { } list)
        {
            AtomicFiles.Write(list, string.Join('\n', written) + "\n");
        }

        foreach (var path in written)
        {
            Console.WriteLine("Briefing written: " + path);
        }

        Console.WriteLine($"Rendered {files.Count} files in {watch.ElapsedMilliseconds} ms.");
        if (options.Stamp is { } stamp)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stamp))!);
            AtomicFiles.Write(stamp, "rendered\n");
        }
    }

    /// <summary>Files the previous render wrote (its output list) that this one no longer produces (a removed template): deleted in the same transaction.</summary>
    private static List<string> Stale(RenderOptions options, string output, IReadOnlyList<RenderedFile> files)
    {
        if (options.OutputList is not { } list || !File.Exists(list))
        {
            return [];
        }

        var produced = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return File.ReadAllLines(list)
            .Where(path => path.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => path[(output.Length + 1)..])
            .Where(name => !name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) && !produced.Contains(name))
            .ToList();
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

    /// <summary>When no <c>--slug</c> is given: the slug the schema declares (<c>schema: slug:</c>), else <c>--default-slug</c>.</summary>
    private static string? FindSlug(IFactModel model, string? defaultSlug, List<RenderDiagnostic> diagnostics)
    {
        var slug = model.Slug ?? defaultSlug;
        if (slug is null)
        {
            diagnostics.Add(RenderDiagnostics.NoSlug.NoLocation("the schema declares no 'slug:' and no --slug was given"));
        }

        return slug;
    }

    private static string Display(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
