using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Briefings.Cli.JsonSchemas;
using Briefings.Rendering;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Incremental;
using Briefings.Rendering.Loading;
using Briefings.Rendering.Output;
using Briefings.Cli.Render.Server;
using Briefings.Rendering.Versions;
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
        var absolute = Absolute(options);
        if (options.UseServer && RenderServerClient.TryRender(absolute, Console.Out, out var exitCode))
        {
            return exitCode;
        }

        return RunHere(absolute, Console.Out);
    }

    /// <summary>Renders in this process, printing to <paramref name="output"/> (the console, or a render server's answer).</summary>
    public static int RunHere(RenderOptions options, TextWriter output, string renderedBy = "")
    {
        var stamp = options.Stamp;
        if (stamp is not null && File.Exists(stamp))
        {
            File.Delete(stamp);
        }

        var root = Path.GetFullPath(options.Root ?? Directory.GetCurrentDirectory());
        var templates = Path.GetFullPath(options.Templates);
        var outputFolder = Path.GetFullPath(options.Out);
        var diagnostics = new List<RenderDiagnostic>();
        var watch = Stopwatch.StartNew();
        var timings = new PhaseTimes();

        var model = LoadModel(Path.GetFullPath(options.Model), diagnostics);
        timings.Lap("load model");
        if (model is not null)
        {
            if (Request(options, model, root, templates, diagnostics) is { } request)
            {
                var inputs = options.Memo is null ? null : RenderMemo.InputsDigest(request, options.Versions);
                if (options.Memo is not null)
                {
                    request = (RenderMemo.Read(options.Memo)?.Apply(request, inputs!, outputFolder) ?? request) with { KeepFactDigests = true };
                }

                timings.Lap("read memo");
                var result = BriefingRenderer.Render(request);
                timings.Lap("render", result.Timings);
                diagnostics.AddRange(result.Diagnostics);
                if (result.Succeeded)
                {
                    var stale = Stale(options, outputFolder, result.Files);
                    var changed = result.Files.Where(f => !result.KeptFiles.Contains(f.Name)).ToList();
                    diagnostics.AddRange(ListBeforeCommit(options, outputFolder, result.Files, root)
                        ?? OutputSet.Replace(outputFolder, changed, stale, Display(root, outputFolder)));
                    if (!diagnostics.Any(d => d.IsError))
                    {
                        Touch(outputFolder, result.KeptFiles);
                    }

                    timings.Lap("write");
                    if (!diagnostics.Any(d => d.IsError))
                    {
                        Remember(options.Memo, result, inputs);
                        timings.Lap("write memo");
                        Finish(options, outputFolder, result, watch, output, renderedBy);
                    }
                }
            }
        }

        if (options.Timings)
        {
            output.WriteLine("Render timings: " + timings);
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        if (options.JsonSchemas is { } schemas && model is not null)
        {
            try
            {
                RefreshJsonSchemas(options.Facts!, schemas, model, output);
            }
#pragma warning disable CA1031 // The schemas are an editor's convenience: whatever the model does (a type the runtime cannot load), one warning, never a crash.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                output.WriteLine(new JsonSchemaRefreshResult([], ex.GetType().Name + ": " + ex.Message).Describe(schemas));
            }
        }

        return diagnostics.Any(d => d.IsError) ? 1 : 0;
    }

    /// <summary>
    /// The JSON Schemas for editors, in the process the build already runs after each compile (no process of their own):
    /// the schema files read with the pipeline, the ids and titles from the model just compiled from the facts (not
    /// parsed again); whatever the render did, and never failing it.
    /// </summary>
    private static void RefreshJsonSchemas(string facts, string folder, IFactModel model, TextWriter output)
    {
        if (!Directory.Exists(facts))
        {
            output.WriteLine(new JsonSchemaRefreshResult([], $"the facts folder {Path.GetFullPath(facts)} does not exist").Describe(folder));
            return;
        }

        var (schema, errors) = JsonSchemaExport.ReadSchema(facts);
        foreach (var error in errors)
        {
            output.WriteLine(error);
        }

        if (JsonSchemaRefresh.Write(new FactsReading(schema, CompiledModelIds.Read(model), errors), folder).Describe(folder) is { } line)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>
    /// Leaves the memo for the next build's render. One that cannot be written costs the next render its reuse, never
    /// its correctness: it is deleted, and the next render renders everything.
    /// </summary>
    private static void Remember(string? memoPath, RenderResult result, string? inputs)
    {
        if (memoPath is null || inputs is null)
        {
            return;
        }

        try
        {
            if (RenderMemo.Of(result, inputs) is { } memo)
            {
                memo.Write(memoPath);
            }
            else
            {
                File.Delete(memoPath);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(memoPath);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // nothing more to do: a memo that cannot be written can rarely be read either
            }
        }
    }

    private static void Finish(RenderOptions options, string outputFolder, RenderResult result, Stopwatch watch, TextWriter output, string renderedBy)
    {
        var files = result.Files;
        var written = files.Select(f => Path.Combine(outputFolder, f.Name)).ToList();
        if (options.OutputList is { } list)
        {
            AtomicFiles.Write(list, string.Join('\n', written) + "\n");
        }

        foreach (var path in written)
        {
            output.WriteLine("Briefing written: " + path);
        }

        if (result.Reused > 0)
        {
            output.WriteLine($"{result.Reused} of {files.Count} files were kept from the last render: they read no changed fact.");
        }

        output.WriteLine($"Rendered {files.Count} files in {watch.ElapsedMilliseconds} ms{renderedBy}.");
        if (options.Stamp is { } stamp)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stamp))!);
            AtomicFiles.Write(stamp, "rendered\n");
        }
    }

    /// <summary>Loads the model and renders every briefing in memory, writing nothing: how a new render server warms up.</summary>
    public static void Rehearse(RenderOptions options)
    {
        var diagnostics = new List<RenderDiagnostic>();
        if (LoadModel(options.Model, diagnostics) is { } model
            && Request(options, model, options.Root ?? Directory.GetCurrentDirectory(), options.Templates, diagnostics) is { } request)
        {
            BriefingRenderer.Render(request);
        }
    }

    /// <summary>What to render: the slug and the published versions found, or null after adding why not.</summary>
    private static RenderRequest? Request(RenderOptions options, IFactModel model, string root, string templates, List<RenderDiagnostic> diagnostics)
    {
        var slug = options.Slug ?? FindSlug(model, options.DefaultSlug, diagnostics);
        var versions = options.Versions is null ? VersionHistory.Empty
            : VersionHistory.Load(Path.GetFullPath(options.Versions), root, ModelState.ShapeOf(model), diagnostics);
        return slug is null || diagnostics.Any(d => d.IsError) ? null : Request(options, model, slug, root, templates, versions);
    }

    private static RenderRequest Request(RenderOptions options, IFactModel model, string slug, string root, string templates, VersionHistory versions) => new()
    {
        Model = model,
        TemplatesDirectory = templates,
        TemplatesDisplayPath = Display(root, templates),
        Slug = slug,
        LoopLimit = options.LoopLimit,
        OutputLimit = options.OutputLimit,
        MemoryLimit = (long)options.MemoryLimit << 20,
        PageSize = options.PageSize,
        Versions = versions,
    };

    /// <summary>Every path made absolute here, where the relative ones mean something (a render server runs elsewhere).</summary>
    private static RenderOptions Absolute(RenderOptions options) => options with
    {
        Model = Path.GetFullPath(options.Model),
        Templates = Path.GetFullPath(options.Templates),
        Out = Path.GetFullPath(options.Out),
        Root = Path.GetFullPath(options.Root ?? Directory.GetCurrentDirectory()),
        Stamp = options.Stamp is null ? null : Path.GetFullPath(options.Stamp),
        OutputList = options.OutputList is null ? null : Path.GetFullPath(options.OutputList),
        Facts = options.Facts is null ? null : Path.GetFullPath(options.Facts),
        JsonSchemas = options.JsonSchemas is null ? null : Path.GetFullPath(options.JsonSchemas),
        Versions = options.Versions is null ? null : Path.GetFullPath(options.Versions),
    };

    /// <summary>
    /// The files kept from the last render are on disk as they should be (the memo checked their digests), so they are
    /// not written again, only given a new time: the build's render target compares its outputs' times with the model's,
    /// and would otherwise render again on the next build. A file that cannot be touched costs that build a render,
    /// never a wrong briefing.
    /// </summary>
    private static void Touch(string outputFolder, IReadOnlySet<string> kept)
    {
        var now = DateTime.UtcNow;
        foreach (var name in kept)
        {
            try
            {
                File.SetLastWriteTimeUtc(Path.Combine(outputFolder, name), now);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // the next build sees an old output and renders again
            }
        }
    }

    /// <summary>
    /// Before the commit, the output list names the files of both renders (the last one's and this one's), so a render
    /// killed after its commit but before the exact list below is written still leaves a list that names every file of
    /// ours in the folder: the next render deletes what it no longer produces. Names of files never written are harmless
    /// (a stale name is only deleted when it exists). Null when written, or the error that stops the commit.
    /// </summary>
    private static IReadOnlyList<RenderDiagnostic>? ListBeforeCommit(RenderOptions options, string output, IReadOnlyList<RenderedFile> files, string root)
    {
        if (options.OutputList is not { } list)
        {
            return null;
        }

        try
        {
            var previous = File.Exists(list) ? File.ReadAllLines(list).Where(line => line.Length > 0) : [];
            var both = previous.Concat(files.Select(f => Path.Combine(output, f.Name))).Distinct(StringComparer.Ordinal);
            AtomicFiles.Write(list, string.Join('\n', both) + "\n");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [RenderDiagnostics.OutputWriteFailed.NoLocation(Display(root, list), ex.Message)];
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
