using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Incremental;
using Briefings.Rendering.Model;
using Briefings.Rendering.Output;
using Briefings.Rendering.Paging;
using Briefings.Rendering.Templates;
using Briefings.Runtime;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering;

/// <summary>
/// Renders a compiled fact model through every entry template, once per language, entirely in memory.
/// Nothing is written here: the caller writes the files only when the whole render succeeded.
/// </summary>
public static class BriefingRenderer
{
    /// <summary>True for a story slug that can name files: <c>deepseek-shock</c>, never <c>../x</c>.</summary>
    public static bool IsSlug(string slug)
        => slug.Length is > 0 and <= 100 && System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9]+(-[a-z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static RenderResult Render(RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new List<RenderDiagnostic>();
        var files = new List<RenderedFile>();
        var dependencies = new Dictionary<string, OutputDependencies>(StringComparer.Ordinal);
        string? signature = null;
        RenderState? state = null;
        Dictionary<string, string>? factDigests = null;
        IReadOnlySet<string> reused = new HashSet<string>();
        var timings = new PhaseTimes();
        if (!IsSlug(request.Slug))
        {
            // The slug names every output file: '../x' or 'a/b' would write outside the output folder.
            diagnostics.Add(RenderDiagnostics.NoSlug.NoLocation($"'{request.Slug}' is not a slug (lower-case ASCII letters and digits joined by hyphens), so it cannot name the output files"));
            return new RenderResult(files, diagnostics);
        }

        try
        {
            if (Prepare(request, diagnostics) is not { } prepared)
            {
                return new RenderResult(files, diagnostics);
            }

            timings.Lap("prepare");
            var (catalog, templates, strings, loadWarnings) = prepared;
            var loopLimit = request.LoopLimit ?? Math.Max(10_000, 50 * catalog.All.Count);
            signature = ModelBuilder.Signature(catalog);

            var (modelJson, factJson, digests, changed) = ModelJsonAndChanges(request, catalog, signature);
            factDigests = digests;
            timings.Lap("model-json");

            var reusable = Reusable(request.Previous, changed, signature);
            var timeline = Versions.VersionTimeline.Build(request.Versions ?? Versions.VersionHistory.Empty, request.Model);
            var units = Plan(request, (catalog, templates, strings, loadWarnings, timeline), reusable is null ? null : changed, diagnostics, out state);
            state.FactJson = factJson;
            timings.Lap("plan");

            var limits = new OutputRenderer.Limits(loopLimit, request.Timeout ?? DefaultTimeout(catalog));
            var results = RenderUnits(request, templates, units, limits, reusable is null ? null : (reusable.Value, changed!), out reused);
            Collect(units, results, files, dependencies, diagnostics);
            files.Add(new RenderedFile(request.Slug + ".model.json", modelJson));
            timings.Lap("outputs");
        }
#pragma warning disable CA1031 // The renderer must turn every failure into a diagnostic, never a crash with a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(RenderDiagnostics.Internal.NoLocation(ex.GetType().Name + ": " + ex.Message));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        // Pages of one template repeat the same translation and URL warnings; each is reported once.
        var anyError = diagnostics.Any(d => d.IsError);
        return new RenderResult(anyError ? [] : files, diagnostics.Distinct().ToList())
        {
            Dependencies = anyError ? new Dictionary<string, OutputDependencies>() : dependencies,
            ModelSignature = signature ?? string.Empty,
            KeptFiles = anyError ? new HashSet<string>() : reused,
            State = anyError ? null : state,
            FactDigests = anyError || !request.KeepFactDigests ? null : factDigests,
            Timings = timings,
        };
    }

    /// <summary>How long one output may take by default: a minute, or 3 ms per fact on a fact base past 20,000.</summary>
    private static TimeSpan DefaultTimeout(FactCatalog catalog) => TimeSpan.FromMilliseconds(Math.Max(60_000, 3L * catalog.All.Count));

    /// <summary>
    /// The model JSON, each fact's part of it, their digests (when asked for or compared), and the facts that changed
    /// since the previous render: given by the caller, or found by comparing digests. A fact's part holds its every
    /// value, so its digest changes exactly when the fact does.
    /// </summary>
    private static (string ModelJson, Dictionary<string, string> FactJson, Dictionary<string, string>? Digests, IReadOnlySet<string>? Changed) ModelJsonAndChanges(RenderRequest request, FactCatalog catalog, string signature)
    {
        var factJson = new Dictionary<string, string>(StringComparer.Ordinal);
        var keptJson = request.ChangedFacts is not null && request.Previous?.ModelSignature == signature ? request.Previous.State?.FactJson : null;
        var modelJson = ModelJson.Write(catalog, keptJson, request.ChangedFacts, factJson);
        var digests = request.KeepFactDigests || request.PreviousFactDigests is not null
            ? factJson.ToDictionary(p => p.Key, p => Incremental.RenderMemo.Digest(p.Value), StringComparer.Ordinal)
            : null;
        var changed = request.ChangedFacts ?? (request.PreviousFactDigests is { } before ? Incremental.ChangedFacts.Between(before, digests!) : null);
        return (modelJson, factJson, digests, changed);
    }

    /// <summary>
    /// Every output's text, diagnostics and reads, in plan order: taken from the previous render when it read no changed
    /// fact, else rendered. The model is read-only (FrozenArray, read-only objects) and each output has its own context,
    /// so the outputs render in parallel; results are taken in the fixed order, so bytes and messages never vary.
    /// </summary>
    private static (string? Text, List<RenderDiagnostic> Diagnostics, OutputDependencies? Read)[] RenderUnits(
        RenderRequest request,
        TemplateSet templates,
        List<OutputRenderer.RenderUnit> units,
        OutputRenderer.Limits limits,
        ((IReadOnlyDictionary<string, OutputDependencies> Dependencies, Dictionary<string, string> Files) Previous, IReadOnlySet<string> Changed)? reusable,
        out IReadOnlySet<string> reused)
    {
        var results = new (string? Text, List<RenderDiagnostic> Diagnostics, OutputDependencies? Read)[units.Count];
        var kept = new bool[units.Count];
        Parallel.For(0, units.Count, i =>
        {
            var name = units[i].Name;
            if (reusable is { } reuse && reuse.Previous.Dependencies.TryGetValue(name, out var read)
                && !read.Facts.Overlaps(reuse.Changed) && reuse.Previous.Files.TryGetValue(name, out var previous))
            {
                results[i] = (previous, [.. read.Warnings], read);
                kept[i] = true;
                return;
            }

            var unitDiagnostics = new List<RenderDiagnostic>();
            var tracker = new RenderTracker();
            string? text;
            using (RenderTracker.Begin(tracker))
            {
                text = OutputRenderer.Render(request, templates, units[i], limits, unitDiagnostics);
            }

            results[i] = (text, unitDiagnostics, new OutputDependencies(tracker.Facts, unitDiagnostics.Where(d => !d.IsError).ToList()));
        });

        reused = units.Where((_, i) => kept[i]).Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        return results;
    }

    /// <summary>The model's facts, the templates and the UI strings; null after reporting why the render cannot start.</summary>
    private static (FactCatalog Catalog, TemplateSet Templates, UiStrings Strings, IReadOnlyList<RenderDiagnostic> LoadWarnings)? Prepare(RenderRequest request, List<RenderDiagnostic> diagnostics)
    {
        FactCatalog catalog;
        try
        {
            catalog = FactCatalog.From(request.Model);
        }
        catch (InvalidOperationException ex)
        {
            diagnostics.Add(RenderDiagnostics.ModelUnloadable.NoLocation(request.Model.GetType().Assembly.GetName().Name, ex.Message));
            return null;
        }

        TemplateSet? templates;
        UiStrings? strings;
        IReadOnlyList<RenderDiagnostic> loadWarnings;
        if (request.ChangedFacts is not null && request.Previous?.State is { } kept && kept.Languages.SequenceEqual(catalog.Languages, StringComparer.Ordinal))
        {
            // Only facts changed since the previous render (see RenderRequest.Previous): its templates and UI strings, parsed once.
            (templates, strings, loadWarnings) = (kept.Templates, kept.Strings, kept.LoadWarnings);
            diagnostics.AddRange(loadWarnings);
        }
        else
        {
            var before = diagnostics.Count;
            templates = TemplateSet.Load(request.TemplatesDirectory, request.TemplatesDisplayPath, diagnostics);
            strings = UiStrings.Load(
                System.IO.Path.Combine(request.TemplatesDirectory, UiStrings.FileName),
                (request.TemplatesDisplayPath.Length == 0 ? string.Empty : request.TemplatesDisplayPath.TrimEnd('/') + "/") + UiStrings.FileName,
                catalog.Languages,
                diagnostics);
            loadWarnings = diagnostics.Skip(before).ToList();
        }

        if (templates is null || strings is null)
        {
            return null;
        }

        if (request.PageSize < 1)
        {
            diagnostics.Add(RenderDiagnostics.InvalidPageSize.NoLocation(request.PageSize));
            return null;
        }

        return (catalog, templates, strings, loadWarnings);
    }

    /// <summary>Every output to write, in a fixed order: by language, then entry template, then page.</summary>
    private static List<OutputRenderer.RenderUnit> Plan(RenderRequest request, (FactCatalog Catalog, TemplateSet Templates, UiStrings Strings, IReadOnlyList<RenderDiagnostic> LoadWarnings, Versions.VersionTimeline Timeline) inputs, IReadOnlySet<string>? changed, List<RenderDiagnostic> diagnostics, out RenderState state)
    {
        var (catalog, templates, strings, loadWarnings, timeline) = inputs;
        var plan = PagePlan.Create(catalog, request.PageSize);
        var units = new List<OutputRenderer.RenderUnit>();
        var written = new Dictionary<string, string>(StringComparer.Ordinal);

        // With nothing but some facts' values changed, last render's model objects are refreshed in place.
        var previousState = changed is not null && request.Previous!.State is { } kept && kept.ModelType == request.Model.GetType() && kept.PageSize == request.PageSize ? kept : null;
        state = new RenderState(request.Model.GetType(), request.PageSize, (templates, strings, loadWarnings), catalog.Languages);
        foreach (var language in catalog.Languages)
        {
            OutputRenderer.RenderScope scope;
            Dictionary<string, PageSet> pagesByExtension;
            if (previousState is not null && previousState.Scopes.TryGetValue(language, out var keptScope))
            {
                keptScope.Scope.Model.Refresh(catalog, changed!);
                (scope, pagesByExtension) = keptScope;
            }
            else
            {
                scope = CreateScope(catalog, strings, language, timeline, request.Slug);
                pagesByExtension = new Dictionary<string, PageSet>(StringComparer.Ordinal);
            }

            state.Scopes[language] = (scope, pagesByExtension);
            foreach (var entry in templates.Entries)
            {
                if (!pagesByExtension.TryGetValue(entry.Extension, out var pages))
                {
                    // Page files of this output format, named by its page template's extension (at most one: BRF114 otherwise).
                    var pageTemplate = templates.Entries.FirstOrDefault(e => e.IsPage && e.Extension == entry.Extension);
                    pages = PageSet.Build(plan, scope.Model, request.Slug, language, catalog.Languages, pageTemplate?.Extension);
                    pagesByExtension.Add(entry.Extension, pages);
                }

                foreach (var (name, page) in Outputs(request.Slug, entry, language, pages))
                {
                    if (!written.TryAdd(name, entry.RelativePath))
                    {
                        diagnostics.Add(RenderDiagnostics.DuplicateOutput.At(templates.Display(entry.RelativePath), 0, 0, name, templates.Display(written[name])));
                        break;
                    }

                    units.Add(new OutputRenderer.RenderUnit(name, entry, scope, pages, page));
                }
            }
        }

        return units;
    }

    /// <summary>The rendered files and their diagnostics in plan order; a template that failed is reported once, not per page.</summary>
    private static void Collect(
        List<OutputRenderer.RenderUnit> units,
        (string? Text, List<RenderDiagnostic> Diagnostics, OutputDependencies? Read)[] results,
        List<RenderedFile> files,
        Dictionary<string, OutputDependencies> dependencies,
        List<RenderDiagnostic> diagnostics)
    {
        var failed = new HashSet<(EntryTemplate, string)>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (failed.Contains((unit.Entry, unit.Scope.Language)))
            {
                continue; // every page of a template fails alike: one error at the template is enough
            }

            diagnostics.AddRange(results[i].Diagnostics);
            if (string.IsNullOrWhiteSpace(results[i].Text) && results[i].Text is not null)
            {
                continue; // a template that writes nothing (a feed of a story with no published versions) writes no file
            }

            if (results[i].Text is { } text)
            {
                files.Add(new RenderedFile(unit.Name, text));
                dependencies[unit.Name] = results[i].Read!;
            }
            else
            {
                failed.Add((unit.Entry, unit.Scope.Language));
            }
        }
    }

    /// <summary>The previous render's outputs and what they read, if they may be reused with these facts changed.</summary>
    private static (IReadOnlyDictionary<string, OutputDependencies> Dependencies, Dictionary<string, string> Files)? Reusable(RenderResult? previous, IReadOnlySet<string>? changed, string signature)
    {
        if (previous is not { Succeeded: true } || changed is null || previous.ModelSignature != signature)
        {
            return null;
        }

        return (previous.Dependencies, previous.Files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal));
    }

    /// <summary>The files one entry template writes in one language: one, or one per page (with its page object).</summary>
    private static IEnumerable<(string Name, ScriptObject? Page)> Outputs(string slug, EntryTemplate entry, string language, PageSet pages)
    {
        if (!entry.IsPage)
        {
            return [(entry.OutputName(slug, language), null)];
        }

        return pages.All.Select(p => (p.File, (ScriptObject?)p.Page));
    }

    private static OutputRenderer.RenderScope CreateScope(FactCatalog catalog, UiStrings strings, string language, Versions.VersionTimeline timeline, string slug)
    {
        var format = strings.Format(language);
        var model = new ModelBuilder(catalog, language, format);
        var facts = model.BuildFacts();
        var writer = timeline.Writer(language, catalog.Languages[0], format, strings.Words(language));
        var updates = Versions.UpdatesView.Build(timeline, writer, format, key => WorkingFact(catalog, model, key), slug);
        return new OutputRenderer.RenderScope(language, catalog.Languages, format, strings, model, facts, new KindsView(catalog, model, facts, language), updates);
    }

    /// <summary>The working model's object of a fact named <c>kind/id</c>, or null where the facts no longer hold it.</summary>
    private static ScriptObject? WorkingFact(FactCatalog catalog, ModelBuilder model, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var kind = catalog.Model.Kinds.FirstOrDefault(k => k.Descriptor.Name == key[..slash]);
        return kind?.Find(key[(slash + 1)..]) is { } fact ? model.ToScript(fact) : null;
    }
}
