using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>The output formats, chosen by an entry template's name: <c>briefing.html.sbn</c> → HTML.</summary>
public enum OutputFormat
{
    Html,
    Markdown,
    Json,

    /// <summary>XML such as an Atom feed (<c>briefing.atom.sbn</c>): escaped as HTML text is, which is valid XML.</summary>
    Xml,
}

/// <summary>
/// A top-level template that produces one file per language, or, for a page template (<c>kind.page.html.sbn</c>,
/// <see cref="IsPage"/>), one file per language and page of each collection (named by <see cref="Paging.PagePlan.FileName"/>).
/// </summary>
public sealed record EntryTemplate(string RelativePath, string Name, string Extension, OutputFormat Format, bool IsPage = false)
{
    /// <summary><c>briefing.html.sbn</c> → <c>slug.lang.html</c>; <c>timeline.json.sbn</c> → <c>slug.lang.timeline.json</c>.</summary>
    public string OutputName(string slug, string language) =>
        Name == TemplateSet.MainName ? $"{slug}.{language}.{Extension}" : $"{slug}.{language}.{Name}.{Extension}";
}

/// <summary>
/// Every <c>.sbn</c> file under the templates folder, read with LF line ends and parsed once with its display path
/// (<c>templates/partials/x.sbn</c>) so every error points at the template. Entry templates sit at the top level;
/// partials live in subfolders (or start with <c>_</c>) and are reached only through the confined loader.
/// </summary>
public sealed class TemplateSet
{
    public const string MainName = "briefing";

    /// <summary>The middle part of a page template's name: <c>kind.page.html.sbn</c>.</summary>
    public const string PageMarker = "page";

    private readonly Dictionary<string, (string Text, Template Template)> files;

    private TemplateSet(string root, string displayRoot, Dictionary<string, (string, Template)> files, IReadOnlyList<EntryTemplate> entries)
    {
        Root = root;
        DisplayRoot = displayRoot;
        this.files = files;
        Entries = entries;
    }

    /// <summary>The folder, full path, ending with a separator.</summary>
    public string Root { get; }

    /// <summary>How diagnostics name the folder (<c>templates</c>): never an absolute path, so messages are the same everywhere.</summary>
    public string DisplayRoot { get; }

    public IReadOnlyList<EntryTemplate> Entries { get; }

    public string Display(string relativePath) => DisplayRoot.Length == 0 ? relativePath : DisplayRoot + "/" + relativePath;

    public Template Get(string relativePath) => files[relativePath].Template;

    /// <summary>The LF-normalised text of a template by its display path, or null if there is no such template.</summary>
    public string? TextByDisplayPath(string displayPath)
    {
        var prefix = DisplayRoot.Length == 0 ? string.Empty : DisplayRoot + "/";
        if (!displayPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return files.TryGetValue(displayPath[prefix.Length..], out var file) ? file.Text : null;
    }

    public bool Contains(string relativePath) => files.ContainsKey(relativePath);

    /// <summary>
    /// Hands a render context the templates parsed here (same text, same options), so an <c>include</c> on each of
    /// 10,000 pages does not parse its partial again. Parsed templates are never changed by rendering.
    /// </summary>
    public void Preload(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (relative, file) in files)
        {
            context.CachedTemplates[Display(relative)] = file.Template;
        }
    }

    public static ParserOptions ParserOptions { get; } = new() { ExpressionDepthLimit = 250 };

    public static TemplateSet? Load(string root, string displayRoot, List<RenderDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var full = Path.GetFullPath(root);
        if (!full.EndsWith(Path.DirectorySeparatorChar))
        {
            full += Path.DirectorySeparatorChar;
        }

        if (!Directory.Exists(full))
        {
            diagnostics.Add(RenderDiagnostics.TemplateUnreadable.At(displayRoot, 0, 0, displayRoot, "the folder does not exist"));
            return null;
        }

        var errors = diagnostics.Count;
        var files = new Dictionary<string, (string, Template)>(StringComparer.Ordinal);
        var entries = new List<EntryTemplate>();
        var paths = Directory.EnumerateFiles(full, "*.sbn", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(full, p).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var set = new TemplateSet(full, displayRoot.TrimEnd('/'), files, entries);
        foreach (var relative in paths)
        {
            var display = set.Display(relative);
            if (ReadConfined(full, relative, display, diagnostics) is not { } text)
            {
                continue;
            }

            var template = Template.Parse(text, display, ParserOptions);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(RenderDiagnostics.TemplateSyntax.At(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message));
            }

            files[relative] = (text, template);
            if (!relative.Contains('/', StringComparison.Ordinal) && !relative.StartsWith('_'))
            {
                if (Entry(relative) is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    diagnostics.Add(RenderDiagnostics.UnknownOutputFormat.At(display, 0, 0, relative));
                }
            }
        }

        if (entries.Count == 0 && diagnostics.Count == errors)
        {
            diagnostics.Add(RenderDiagnostics.NoEntryTemplates.At(displayRoot, 0, 0, displayRoot));
        }

        return diagnostics.Count > errors ? null : set;
    }

    /// <summary>A template's text, or null after reporting a file that links outside the folder or cannot be read.</summary>
    private static string? ReadConfined(string full, string relative, string display, List<RenderDiagnostic> diagnostics)
    {
        try
        {
            var info = new FileInfo(Path.Combine(full, relative));
            if (info.ResolveLinkTarget(returnFinalTarget: true) is { } target && !Path.GetFullPath(target.FullName).StartsWith(full, StringComparison.Ordinal))
            {
                diagnostics.Add(RenderDiagnostics.IncludeOutsideTemplates.At(display, 0, 0, relative));
                return null;
            }

            return File.ReadAllText(info.FullName).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(RenderDiagnostics.TemplateUnreadable.At(display, 0, 0, display, ex.Message));
            return null;
        }
    }

    /// <summary>A top-level template by its name: <c>&lt;name&gt;.&lt;ext&gt;.sbn</c>, or <c>&lt;name&gt;.page.&lt;ext&gt;.sbn</c> for a page template; null for an unknown format.</summary>
    private static EntryTemplate? Entry(string relative)
    {
        var parts = relative[..^".sbn".Length].Split('.');
        var isPage = parts.Length == 3 && parts[1] == PageMarker;
        OutputFormat? format = parts.Length == 2 || isPage ? parts[^1] switch
        {
            "html" => OutputFormat.Html,
            "md" => OutputFormat.Markdown,
            "json" => OutputFormat.Json,
            "atom" => OutputFormat.Xml,
            _ => null,
        } : null;
        return format is null ? null : new EntryTemplate(relative, parts[0], parts[^1], format.Value, isPage);
    }
}

/// <summary>Raised when a template includes something outside the templates folder (BRF104).</summary>
public sealed class IncludeOutsideTemplatesException : ScriptRuntimeException
{
    public IncludeOutsideTemplatesException(SourceSpan span, string name)
        : base(span, "include outside templates: " + name) => Name = name;

    public string Name { get; }
}

/// <summary>
/// Resolves <c>include 'partials/x.sbn'</c> against the templates folder only: relative, forward slashes, no <c>..</c>
/// escaping the folder, a known <c>.sbn</c> file. Anything else is BRF104 at the include.
/// </summary>
public sealed class ConfinedTemplateLoader : ITemplateLoader
{
    private readonly TemplateSet set;

    public ConfinedTemplateLoader(TemplateSet set) => this.set = set;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrEmpty(templateName) || templateName.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(templateName)
            || !templateName.EndsWith(".sbn", StringComparison.Ordinal) || templateName.Contains(':', StringComparison.Ordinal))
        {
            throw new IncludeOutsideTemplatesException(callerSpan, templateName ?? string.Empty);
        }

        var full = Path.GetFullPath(Path.Combine(set.Root, templateName));
        if (!full.StartsWith(set.Root, StringComparison.Ordinal))
        {
            throw new IncludeOutsideTemplatesException(callerSpan, templateName);
        }

        var relative = Path.GetRelativePath(set.Root, full).Replace(Path.DirectorySeparatorChar, '/');
        if (!set.Contains(relative))
        {
            throw new IncludeOutsideTemplatesException(callerSpan, templateName);
        }

        return set.Display(relative);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        set.TextByDisplayPath(templatePath) ?? throw new IncludeOutsideTemplatesException(callerSpan, templatePath);

    public System.Threading.Tasks.ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}
