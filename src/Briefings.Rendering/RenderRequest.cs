using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Paging;
using Briefings.Runtime;

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

    /// <summary>
    /// Bytes one output's render may allocate (strings, lists, objects: everything its thread allocates, garbage
    /// included); past it rendering fails with BRF116 at the template's place, never an OutOfMemoryException. The
    /// default, 1 GiB, is 32 times the largest output the default output limit allows (16 Mi characters of 2 bytes
    /// each), and keeps two outputs rendering at once under a few GB however hostile their templates.
    /// </summary>
    public long MemoryLimit { get; init; } = DefaultMemoryLimit;

    public const long DefaultMemoryLimit = 1L * 1024 * 1024 * 1024;

    /// <summary>How long one output may take; by default a minute, and 3 ms per fact past 20,000 facts (5 minutes at 100,000).</summary>
    public TimeSpan? Timeout { get; init; }

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

    /// <summary>
    /// For a render at build time (<see cref="Incremental.RenderMemo"/>): each fact's digest when <see cref="Previous"/>
    /// was rendered, by <c>kind/id</c>. With no <see cref="ChangedFacts"/>, the renderer works them out from these.
    /// </summary>
    public IReadOnlyDictionary<string, string>? PreviousFactDigests { get; init; }

    /// <summary>Whether the result keeps each fact's digest (<see cref="RenderResult.FactDigests"/>) for the next build.</summary>
    public bool KeepFactDigests { get; init; }

    /// <summary>The story's published versions (<c>updates</c> in templates); none when null.</summary>
    public Versions.VersionHistory? Versions { get; init; }
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
    public int Reused => KeptFiles.Count;

    /// <summary>
    /// The names of those outputs: their text is the previous render's, so where that render's files are on disk (the
    /// build's memo checks they are), they need no writing.
    /// </summary>
    public IReadOnlySet<string> KeptFiles { get; init; } = new HashSet<string>();

    /// <summary>Each fact's digest by <c>kind/id</c>, when the request asked to keep them (<see cref="RenderRequest.KeepFactDigests"/>).</summary>
    public IReadOnlyDictionary<string, string>? FactDigests { get; init; }

    /// <summary>Where the render's time went (preparing, planning, the outputs, the model JSON).</summary>
    public PhaseTimes Timings { get; init; } = new();

    /// <summary>The model objects of this render, kept for the next one (see <see cref="RenderRequest.Previous"/>).</summary>
    internal RenderState? State { get; init; }
}

/// <summary>
/// What one render built that the next may reuse: the parsed templates and UI strings, per language the model scope and
/// the pages of each output format, and each fact's part of the model JSON.
/// </summary>
internal sealed class RenderState(Type modelType, int pageSize, (Templates.TemplateSet Templates, Templates.UiStrings Strings, IReadOnlyList<RenderDiagnostic> Warnings) loaded, IReadOnlyList<string> languages)
{
    public Type ModelType { get; } = modelType;

    public int PageSize { get; } = pageSize;

    public Templates.TemplateSet Templates { get; } = loaded.Templates;

    public Templates.UiStrings Strings { get; } = loaded.Strings;

    /// <summary>The warnings loading the templates and UI strings gave, reported again when they are reused.</summary>
    public IReadOnlyList<RenderDiagnostic> LoadWarnings { get; } = loaded.Warnings;

    /// <summary>The languages the UI strings were loaded for.</summary>
    public IReadOnlyList<string> Languages { get; } = languages;

    /// <summary>Each fact's member of the model JSON (by <c>kind/id</c>), as <see cref="Model.ModelJson"/> wrote it.</summary>
    public Dictionary<string, string> FactJson { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, (OutputRenderer.RenderScope Scope, Dictionary<string, PageSet> Pages)> Scopes { get; } = new(StringComparer.Ordinal);
}
