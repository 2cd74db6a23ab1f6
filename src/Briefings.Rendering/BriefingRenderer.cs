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

/// <summary>What to render and with which limits.</summary>
public sealed record RenderRequest
{
    /// <summary>The generated model (named by <c>[assembly: FactModel]</c>; see <c>ModelLoader</c>).</summary>
    public required IFactModel Model { get; init; }

    /// <summary>The templates folder.</summary>
    public required string TemplatesDirectory { get; init; }

    /// <summary>How diagnostics name the templates folder: relative (<c>templates</c>), never absolute.</summary>
    public string TemplatesDisplayPath { get; init; } = "templates";

    /// <summary>The story slug: the first part of every output name.</summary>
    public required string Slug { get; init; }

    /// <summary>Loop iterations per loop; at least 10,000, and 50 per fact so large fact bases render.</summary>
    public int? LoopLimit { get; init; }

    /// <summary>Characters per output; past it rendering fails (never truncates).</summary>
    public int OutputLimit { get; init; } = 16 * 1024 * 1024;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Facts per page of a page template (<c>kind.page.html.sbn</c>); see templates/README.md.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    public const int DefaultPageSize = 200;

    /// <summary>
    /// For a warm process (the watch loop): the last successful render of the same templates and UI strings, and the
    /// facts (<c>kind/id</c>) whose data changed since. Outputs that read none of them are taken from it, unrendered,
    /// unless which facts exist or how citations are numbered changed. Null (the default) renders everything.
    /// </summary>
    public RenderResult? Previous { get; init; }

    /// <inheritdoc cref="Previous"/>
    public IReadOnlySet<string>? ChangedFacts { get; init; }
}

/// <summary>What one output read: the facts (<c>kind/id</c>); and the warnings its render gave.</summary>
public sealed record OutputDependencies(IReadOnlySet<string> Facts, IReadOnlyList<RenderDiagnostic> Warnings);

/// <summary>One rendered file: its name in the output folder and its text (LF line ends).</summary>
public sealed record RenderedFile(string Name, string Content);

public sealed record RenderResult(IReadOnlyList<RenderedFile> Files, IReadOnlyList<RenderDiagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Per output file name, what it read (see <see cref="RenderRequest.Previous"/>).</summary>
    public IReadOnlyDictionary<string, OutputDependencies> Dependencies { get; init; } = new Dictionary<string, OutputDependencies>();

    /// <summary>Which facts existed and how citations were numbered (see <c>ModelBuilder.Signature</c>).</summary>
    public string ModelSignature { get; init; } = string.Empty;

    /// <summary>How many outputs were taken from the previous render instead of rendered.</summary>
    public int Reused { get; init; }

    /// <summary>The model objects of this render, kept for the next one (see <see cref="RenderRequest.Previous"/>).</summary>
    internal RenderState? State { get; init; }
}

/// <summary>Per language: the model scope and the pages of each output format, as one render built them.</summary>
internal sealed class RenderState(Type modelType, int pageSize)
{
    public Type ModelType { get; } = modelType;

    public int PageSize { get; } = pageSize;

    public Dictionary<string, (BriefingRenderer.RenderScope Scope, Dictionary<string, PageSet> Pages)> Scopes { get; } = new(StringComparer.Ordinal);
}

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
        var reused = 0;
        if (!IsSlug(request.Slug))
        {
            // The slug names every output file: '../x' or 'a/b' would write outside the output folder.
            diagnostics.Add(RenderDiagnostics.NoSlug.NoLocation($"'{request.Slug}' is not a slug (lower-case ASCII letters and digits joined by hyphens), so it cannot name the output files"));
            return new RenderResult(files, diagnostics);
        }

        try
        {
            FactCatalog catalog;
            try
            {
                catalog = FactCatalog.From(request.Model);
            }
            catch (InvalidOperationException ex)
            {
                diagnostics.Add(RenderDiagnostics.ModelUnloadable.NoLocation(request.Model.GetType().Assembly.GetName().Name, ex.Message));
                return new RenderResult(files, diagnostics);
            }

            var templates = TemplateSet.Load(request.TemplatesDirectory, request.TemplatesDisplayPath, diagnostics);
            var strings = UiStrings.Load(
                System.IO.Path.Combine(request.TemplatesDirectory, UiStrings.FileName),
                (request.TemplatesDisplayPath.Length == 0 ? string.Empty : request.TemplatesDisplayPath.TrimEnd('/') + "/") + UiStrings.FileName,
                catalog.Languages,
                diagnostics);
            if (templates is null || strings is null)
            {
                return new RenderResult(files, diagnostics);
            }

            if (request.PageSize < 1)
            {
                diagnostics.Add(RenderDiagnostics.InvalidPageSize.NoLocation(request.PageSize));
                return new RenderResult(files, diagnostics);
            }

            var loopLimit = request.LoopLimit ?? Math.Max(10_000, 50 * catalog.All.Count);
            var plan = PagePlan.Create(catalog, request.PageSize);

            // Every output to write, in a fixed order: by language, then entry template, then page.
            var units = new List<RenderUnit>();
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            signature = ModelBuilder.Signature(catalog);
            var reusable = Reusable(request, signature);

            // With nothing but some facts' values changed, last render's model objects are refreshed in place.
            var previousState = reusable is not null && request.Previous!.State is { } kept && kept.ModelType == request.Model.GetType() && kept.PageSize == request.PageSize ? kept : null;
            state = new RenderState(request.Model.GetType(), request.PageSize);
            foreach (var language in catalog.Languages)
            {
                RenderScope scope;
                Dictionary<string, PageSet> pagesByExtension;
                if (previousState is not null && previousState.Scopes.TryGetValue(language, out var keptScope))
                {
                    keptScope.Scope.Model.Refresh(catalog, request.ChangedFacts!);
                    (scope, pagesByExtension) = keptScope;
                }
                else
                {
                    scope = CreateScope(catalog, strings, language);
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

                        units.Add(new RenderUnit(name, entry, scope, pages, page));
                    }
                }
            }

            // The model is read-only (FrozenArray, read-only objects) and each output has its own context, so the
            // outputs render in parallel; results are taken in the fixed order above, so bytes and messages never vary.
            var results = new (string? Text, List<RenderDiagnostic> Diagnostics, OutputDependencies? Read)[units.Count];
            Parallel.For(0, units.Count, i =>
            {
                var name = units[i].Name;
                if (reusable is not null && reusable.Value.Dependencies.TryGetValue(name, out var read)
                    && !read.Facts.Overlaps(request.ChangedFacts!) && reusable.Value.Files.TryGetValue(name, out var previous))
                {
                    results[i] = (previous, [.. read.Warnings], read);
                    Interlocked.Increment(ref reused);
                    return;
                }

                var unitDiagnostics = new List<RenderDiagnostic>();
                var tracker = new RenderTracker();
                string? text;
                using (RenderTracker.Begin(tracker))
                {
                    text = RenderOne(request, templates, units[i], loopLimit, unitDiagnostics);
                }

                results[i] = (text, unitDiagnostics, new OutputDependencies(tracker.Facts, unitDiagnostics.Where(d => !d.IsError).ToList()));
            });

            var failed = new HashSet<(EntryTemplate, string)>();
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (failed.Contains((unit.Entry, unit.Scope.Language)))
                {
                    continue; // every page of a template fails alike: one error at the template is enough
                }

                diagnostics.AddRange(results[i].Diagnostics);
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

            files.Add(new RenderedFile(request.Slug + ".model.json", ModelJson.Write(catalog)));
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
            Reused = reused,
            State = anyError ? null : state,
        };
    }

    /// <summary>The previous render's outputs and what they read, if they may be reused for this request.</summary>
    private static (IReadOnlyDictionary<string, OutputDependencies> Dependencies, Dictionary<string, string> Files)? Reusable(RenderRequest request, string signature)
    {
        if (request.Previous is not { Succeeded: true } previous || request.ChangedFacts is null || previous.ModelSignature != signature)
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

    /// <summary>
    /// What every output of one language shares: the model objects, built once (10,000 facts are converted once per
    /// language, not per template or page) and read-only, so no template can change what another sees.
    /// </summary>
    internal sealed record RenderScope(string Language, IReadOnlyList<string> Languages, LanguageFormat Format, UiStrings Strings, ModelBuilder Model, ScriptObject Facts);

    /// <summary>One output file: its name, template, language scope, that format's pages, and its page (page templates only).</summary>
    private sealed record RenderUnit(string Name, EntryTemplate Entry, RenderScope Scope, PageSet Pages, ScriptObject? Page);

    private static RenderScope CreateScope(FactCatalog catalog, UiStrings strings, string language)
    {
        var format = strings.Format(language);
        var model = new ModelBuilder(catalog, language, format);
        return new RenderScope(language, catalog.Languages, format, strings, model, model.BuildFacts());
    }

    private static string? RenderOne(RenderRequest request, TemplateSet templates, RenderUnit unit, int loopLimit, List<RenderDiagnostic> diagnostics)
    {
        var (entry, scope, page) = (unit.Entry, unit.Scope, unit.Page);
        var language = scope.Language;
        var builtins = CreateBuiltins(entry.Format);
        using var timeout = new CancellationTokenSource(request.Timeout);
        var context = new BriefingContext(builtins, entry.Format)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableNullIndexer = false,
            LoopLimit = loopLimit,
            RecursiveLimit = 100,
            ObjectRecursionLimit = 20,
            LimitToString = request.OutputLimit,
            OutputLimit = request.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = timeout.Token,
            TemplateLoader = new ConfinedTemplateLoader(templates),
            TemplateLoaderParserOptions = TemplateSet.ParserOptions,
            MemberRenamer = StandardMemberRenamer.Default,
            MemberFilter = static _ => false,
        };
        templates.Preload(context);

        var globals = new ScriptObject();
        var story = new ScriptObject();
        var languages = scope.Languages;
        story.SetValue("slug", request.Slug, readOnly: true);
        story.SetValue("languages", new ScriptArray(languages), readOnly: true);
        story.SetValue("fallback_language", languages[0], readOnly: true);
        globals.SetValue("story", story, readOnly: true);
        globals.SetValue("lang", language, readOnly: true);
        globals.SetValue("output_format", entry.Extension, readOnly: true);
        globals.SetValue("facts", scope.Facts, readOnly: true);
        globals.SetValue("citations", scope.Model.Citations, readOnly: true);
        globals.SetValue("ui", scope.Strings.Ui(language), readOnly: true);
        globals.SetValue("pages", unit.Pages.Pages, readOnly: true);
        globals.SetValue("page", page, readOnly: true);
        ImportFunctions(globals, scope.Format);
        globals.Import("page_of", new Func<object?, ScriptObject?>(unit.Pages.PageOf));
        context.PushGlobal(globals);

        try
        {
            var text = templates.Get(entry.RelativePath).Render(context);
            diagnostics.AddRange(context.Warnings);
            return text.EndsWith('\n') ? text : text + "\n";
        }
        catch (IncludeOutsideTemplatesException ex)
        {
            diagnostics.Add(At(RenderDiagnostics.IncludeOutsideTemplates, ex.Span, ex.Name));
        }
        catch (ScriptParserRuntimeException ex)
        {
            foreach (var message in ex.ParserMessages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(At(RenderDiagnostics.TemplateSyntax, message.Span, message.Message));
            }
        }
        catch (ScriptAbortException ex)
        {
            diagnostics.Add(At(RenderDiagnostics.TemplateLimit, ex.Span, $"rendering took longer than {request.Timeout.TotalSeconds:0} s"));
        }
        catch (ScriptRuntimeException ex)
        {
            var message = ex.OriginalMessage;
            var descriptor = message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal)
                ? RenderDiagnostics.OutputLimit
                : message.Contains("limit", StringComparison.OrdinalIgnoreCase) || ex.InnerException is System.Text.RegularExpressions.RegexMatchTimeoutException
                    ? RenderDiagnostics.TemplateLimit
                    : RenderDiagnostics.TemplateRuntime;
            diagnostics.Add(At(descriptor, ex.Span, message.TrimEnd('.')));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            diagnostics.Add(At(RenderDiagnostics.TemplateRuntime, context.CurrentSpan, ex.Message.TrimEnd('.')));
        }

        return null;
    }

    private static RenderDiagnostic At(RenderDescriptor descriptor, SourceSpan span, params object?[] args) =>
        descriptor.At(span.FileName, span.Start.Line + 1, span.Start.Column + 1, args);

    /// <summary>
    /// A fresh copy of Scriban's builtins without what would make output depend on the clock or chance, or run data
    /// as a template; <c>include</c> returns trusted markup (its own output was escaped as it was written).
    /// </summary>
    private static ScriptObject CreateBuiltins(OutputFormat format)
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        Remove(builtins, "date", "now", "utc_now");
        Remove(builtins, "math", "random", "uuid");
        Remove(builtins, "object", "eval", "eval_template");
        var include = (IScriptCustomFunction)builtins["include"]!;
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.Import("include", new Func<TemplateContext, string, RawMarkup>((context, name) =>
        {
            var arguments = new ScriptArray { name };
            var result = include.Invoke(context, context.CurrentNode, arguments, null!);
            return new RawMarkup(result as string ?? string.Empty);
        }));
        // Builtins that read a whole object through its dictionary, which fact objects cannot see: they report every
        // fact they can reach first, so a partial render knows the output depends on them.
        if (builtins["object"] is ScriptObject objects)
        {
            foreach (var name in new[] { "values", "to_json" })
            {
                if (objects[name] is IScriptCustomFunction original)
                {
                    objects.Remove(name);
                    objects.Import(name, new Func<TemplateContext, object?, object?>((context, value) =>
                    {
                        TouchReachableFacts(value, new HashSet<object>(ReferenceEqualityComparer.Instance));
                        return original.Invoke(context, context.CurrentNode, new ScriptArray { value }, null!);
                    }));
                }
            }
        }

        if (builtins["html"] is ScriptObject html)
        {
            html.Remove("escape");
            html.Import("escape", new Func<string?, RawMarkup>(text => new RawMarkup(format == OutputFormat.Html ? Escape.Html(text) : text ?? string.Empty)));
        }

        return builtins;
    }

    private static void TouchReachableFacts(object? value, HashSet<object> seen)
    {
        if (value is null || value is string || !seen.Add(value))
        {
            return;
        }

        if (value is FactObject fact)
        {
            RenderTracker.Touch(fact.Key);
        }

        if (value is ScriptObject obj)
        {
            foreach (var member in obj)
            {
                TouchReachableFacts(member.Value, seen);
            }
        }
        else if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                TouchReachableFacts(item, seen);
            }
        }
    }

    private static void Remove(ScriptObject builtins, string module, params string[] names)
    {
        if (builtins[module] is ScriptObject scope)
        {
            foreach (var name in names)
            {
                scope.Remove(name);
            }
        }
    }

    /// <summary>The renderer's functions, documented in templates/README.md.</summary>
    private static void ImportFunctions(ScriptObject globals, LanguageFormat format)
    {
        globals.Import("unsafe_raw", new Func<string?, RawMarkup>(text => new RawMarkup(text ?? string.Empty)));
        globals.Import("json_script", new Func<object?, RawMarkup>(value => new RawMarkup(ScriptJson.Serialize(value, scriptSafe: true))));
        globals.Import("number", new Func<object?, string>(value => Number(format, value, null)));
        globals.Import("number_fixed", new Func<object?, int, string>((value, decimals) => Number(format, value, decimals)));
        globals.Import("sort_by", new Func<IEnumerable, string, ScriptArray>((items, member) => SortBy(items, member, descending: false)));
        globals.Import("sort_by_desc", new Func<IEnumerable, string, ScriptArray>((items, member) => SortBy(items, member, descending: true)));
    }

    private static string Number(LanguageFormat format, object? value, int? decimals) => value switch
    {
        null => string.Empty,
        PercentValue p => format.Number(p.Percent.Value, decimals),
        MoneyValue m => format.Number(m.Money.Amount, decimals),
        _ => format.Number(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), decimals),
    };

    /// <summary>A new array ordered by one member (dates chronologically, numbers numerically, text ordinally), ties by id; stable.</summary>
    private static ScriptArray SortBy(IEnumerable items, string member, bool descending)
    {
        var list = items.Cast<object?>().ToList();
        foreach (var item in list)
        {
            if (item is not ScriptObject obj || !obj.ContainsKey(member))
            {
                throw new ArgumentException($"sort_by: an item has no member '{member}'");
            }
        }

        var ordered = list.Select((item, index) => (Item: (ScriptObject)item!, Index: index))
            .OrderBy(x => x.Item[member], Comparer<object?>.Create(CompareValues))
            .ThenBy(x => x.Item.TryGetValue("id", out var id) ? id as string : null, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Item)
            .ToList();
        if (descending)
        {
            ordered.Reverse();
        }

        var result = new ScriptArray();
        foreach (var item in ordered)
        {
            result.Add(item);
        }

        return result;
    }

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (DateValue x, DateValue y) => x.Date.CompareTo(y.Date),
        (PercentValue x, PercentValue y) => x.Percent.Value.CompareTo(y.Percent.Value),
        (MoneyValue x, MoneyValue y) => x.Money.Amount.CompareTo(y.Money.Amount),
        (ScriptLeaf x, ScriptLeaf y) => string.CompareOrdinal(x.Text, y.Text),
        (string x, string y) => string.CompareOrdinal(x, y),
        (IConvertible x, IConvertible y) when a is not string && b is not string =>
            x.ToDecimal(System.Globalization.CultureInfo.InvariantCulture).CompareTo(y.ToDecimal(System.Globalization.CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(a.ToString(), b.ToString()),
    };
}
