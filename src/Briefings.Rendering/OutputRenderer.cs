using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Model;
using Briefings.Rendering.Output;
using Briefings.Rendering.Paging;
using Briefings.Rendering.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering;

/// <summary>
/// Renders one output file: one entry template (or one page of a page template) in one language, in a context of
/// its own, turning every template failure into a diagnostic at the template's line and column.
/// </summary>
internal static class OutputRenderer
{
    /// <summary>
    /// What every output of one language shares: the model objects, built once (10,000 facts are converted once per
    /// language, not per template or page) and read-only, so no template can change what another sees.
    /// </summary>
    public sealed record RenderScope(string Language, IReadOnlyList<string> Languages, LanguageFormat Format, UiStrings Strings, ModelBuilder Model, ScriptObject Facts, KindsView Kinds, ScriptObject Updates);

    /// <summary>One output file: its name, template, language scope, that format's pages, and its page (page templates only).</summary>
    public sealed record RenderUnit(string Name, EntryTemplate Entry, RenderScope Scope, PageSet Pages, ScriptObject? Page);

    /// <summary>The output's text, or null after adding the errors that stopped it to <paramref name="diagnostics"/>.</summary>
    /// <summary>What one output may spend: loop iterations per loop, and time.</summary>
    public sealed record Limits(int LoopLimit, TimeSpan Timeout);

    public static string? Render(RenderRequest request, TemplateSet templates, RenderUnit unit, Limits limits, List<RenderDiagnostic> diagnostics)
    {
        var entry = unit.Entry;
        using var timeout = new CancellationTokenSource(limits.Timeout);
        var context = CreateContext(request, templates, entry.Format, limits.LoopLimit, timeout.Token);
        templates.Preload(context);
        context.PushGlobal(Globals(request.Slug, unit));

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
        catch (MemoryLimitException ex)
        {
            diagnostics.Add(At(RenderDiagnostics.MemoryLimit, ex.Span, MiB(ex.Limit)));
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is OutOfMemoryException)
        {
            // A single allocation the runtime refused before the budget could see it: still the memory diagnostic.
            diagnostics.Add(At(RenderDiagnostics.MemoryLimit, ex.Span, MiB(request.MemoryLimit)));
        }
        catch (OutOfMemoryException)
        {
            diagnostics.Add(At(RenderDiagnostics.MemoryLimit, context.CurrentSpan, MiB(request.MemoryLimit)));
        }
        catch (ScriptAbortException ex)
        {
            diagnostics.Add(At(RenderDiagnostics.TemplateLimit, ex.Span, $"rendering took longer than {limits.Timeout.TotalSeconds:0} s"));
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

    private static string MiB(long bytes) => (bytes / (1024 * 1024)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static RenderDiagnostic At(RenderDescriptor descriptor, SourceSpan span, params object?[] args) =>
        descriptor.At(span.FileName, span.Start.Line + 1, span.Start.Column + 1, args);

    /// <summary>A context with every limit set: strict names, no relaxed access, loops, recursion, output and time bounded.</summary>
    private static BriefingContext CreateContext(RenderRequest request, TemplateSet templates, OutputFormat format, int loopLimit, CancellationToken cancellation)
    {
        var builtins = ScribanBuiltins.CreateBuiltins(format);
        var context = new BriefingContext(builtins, format)
        {
            MemoryLimit = request.MemoryLimit,
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
            CancellationToken = cancellation,
            TemplateLoader = new ConfinedTemplateLoader(templates),
            TemplateLoaderParserOptions = TemplateSet.ParserOptions,
            MemberRenamer = StandardMemberRenamer.Default,
            MemberFilter = static _ => false,
        };
        return context;
    }

    /// <summary>What a template sees besides Scriban's builtins (documented in templates/README.md).</summary>
    private static ScriptObject Globals(string slug, RenderUnit unit)
    {
        var (entry, scope, page, language) = (unit.Entry, unit.Scope, unit.Page, unit.Scope.Language);
        var globals = new ScriptObject();
        var story = new ScriptObject();
        var languages = scope.Languages;
        story.SetValue("slug", slug, readOnly: true);
        story.SetValue("languages", new ScriptArray(languages), readOnly: true);
        story.SetValue("fallback_language", languages[0], readOnly: true);
        globals.SetValue("story", story, readOnly: true);
        globals.SetValue("lang", language, readOnly: true);
        globals.SetValue("output_format", entry.Extension, readOnly: true);
        globals.SetValue("facts", scope.Facts, readOnly: true);
        globals.SetValue("citations", scope.Model.Citations, readOnly: true);
        globals.SetValue("kinds", scope.Kinds.Kinds, readOnly: true);
        globals.SetValue("updates", scope.Updates, readOnly: true);
        globals.SetValue("ui", scope.Strings.Ui(language), readOnly: true);
        globals.SetValue("pages", unit.Pages.Pages, readOnly: true);
        globals.SetValue("page", page, readOnly: true);
        TemplateFunctions.Import(globals, scope.Format);
        SchemaFunctions.Import(globals, scope.Kinds);
        globals.Import("page_of", new Func<object?, ScriptObject?>(unit.Pages.PageOf));
        return globals;
    }
}
