using System;
using System.Collections.Generic;
using System.Globalization;

namespace Briefings.Rendering.Diagnostics;

/// <summary>How bad a <see cref="RenderDiagnostic"/> is.</summary>
public enum RenderSeverity
{
    Warning,
    Error,
}

/// <summary>One rendering diagnostic kind: its id, severity and message format (every message states the fix).</summary>
public sealed record RenderDescriptor(string Id, RenderSeverity Severity, string Title, string MessageFormat)
{
    public RenderDiagnostic At(string? file, int line, int column, params object?[] args) =>
        new(this, file, line, column, string.Format(CultureInfo.InvariantCulture, MessageFormat, Array.ConvertAll(args, Tidy)));

    /// <summary>Exception messages end with a period; the format adds its own.</summary>
    private static object? Tidy(object? argument) => argument is string text ? text.TrimEnd('.', ' ', '\n') : argument;

    public RenderDiagnostic NoLocation(params object?[] args) => At(null, 0, 0, args);
}

/// <summary>
/// Every rendering diagnostic, in one place. The generator owns BRF001–BRF099; rendering owns BRF100–BRF199.
/// Ids are never reused. Lines and columns are 1-based (Scriban's spans are 0-based inside).
/// </summary>
public static class RenderDiagnostics
{
    public static readonly RenderDescriptor TemplateSyntax = new(
        "BRF100", RenderSeverity.Error, "Template syntax error",
        "Template syntax error: {0}. Fix the Scriban syntax at this position.");

    public static readonly RenderDescriptor TemplateRuntime = new(
        "BRF101", RenderSeverity.Error, "Template runtime error",
        "Template error: {0}. Check the spelling against the model's member names (snake_case, listed in templates/README.md) and the functions the renderer provides.");

    public static readonly RenderDescriptor TemplateLimit = new(
        "BRF102", RenderSeverity.Error, "Template limit exceeded",
        "Template limit exceeded: {0}. A loop or recursion ran away; fix the template, or raise the limit with --loop-limit if the fact base really is this large.");

    public static readonly RenderDescriptor OutputLimit = new(
        "BRF103", RenderSeverity.Error, "Output limit exceeded",
        "Output limit exceeded: {0}. The output is never truncated silently; fix the template, or raise --output-limit (bytes).");

    public static readonly RenderDescriptor IncludeOutsideTemplates = new(
        "BRF104", RenderSeverity.Error, "Include outside the templates folder",
        "Include '{0}' is not a .sbn file inside the templates folder. Include partials by a relative path such as 'partials/html/timeline.sbn'.");

    public static readonly RenderDescriptor TemplateUnreadable = new(
        "BRF105", RenderSeverity.Error, "Template or strings file unreadable",
        "Cannot read '{0}': {1}. Check that the file exists, is a file and is readable.");

    public static readonly RenderDescriptor OutputWriteFailed = new(
        "BRF106", RenderSeverity.Error, "Output write failed",
        "Cannot write '{0}': {1}. The previous briefings are left as they were (a set is replaced whole or not at all); free the file (close any program holding it), check permissions and disk space, then build again.");

    public static readonly RenderDescriptor StringsInvalid = new(
        "BRF107", RenderSeverity.Error, "UI strings invalid",
        "UI strings: {0}. Every language of the model needs a block in templates/strings.json with the same keys as the first language.");

    public static readonly RenderDescriptor ModelUnloadable = new(
        "BRF108", RenderSeverity.Error, "Model assembly unusable",
        "Cannot use the model assembly '{0}': {1}. Pass the compiled facts assembly (it carries [assembly: FactModel], which the fact generator writes).");

    public static readonly RenderDescriptor UnknownOutputFormat = new(
        "BRF109", RenderSeverity.Error, "Unknown output format",
        "Entry template '{0}' has no known output format. Name entry templates <name>.html.sbn, <name>.md.sbn or <name>.json.sbn (page templates <name>.page.html.sbn and so on), or move partials under templates/partials/.");

    public static readonly RenderDescriptor TranslationFallback = new(
        "BRF110", RenderSeverity.Warning, "Translation missing",
        "{0} has no '{1}' text; the briefing shows the '{2}' text, marked. Add a '{1}:' entry to that field in the fact file.");

    public static readonly RenderDescriptor UnsafeUrl = new(
        "BRF111", RenderSeverity.Warning, "Unsafe URL replaced",
        "{0} has the URL '{1}', whose scheme is not http, https or mailto; it was written as 'about:invalid'. Use an http(s) URL.");

    public static readonly RenderDescriptor NoSlug = new(
        "BRF112", RenderSeverity.Error, "No story slug",
        "No story slug: {0}. Declare it in the schema (schema: slug: my-story), or pass --slug (MSBuild property BriefingsSlug).");

    public static readonly RenderDescriptor NoEntryTemplates = new(
        "BRF113", RenderSeverity.Error, "No entry templates",
        "The templates folder '{0}' has no entry templates. Add at least one <name>.<html|md|json>.sbn at its top level.");

    public static readonly RenderDescriptor DuplicateOutput = new(
        "BRF114", RenderSeverity.Error, "Two templates write one file",
        "'{0}' would be written twice (also by '{1}'). Keep one page template per format, and do not name an entry template like a page file (<collection>-<n>).");

    public static readonly RenderDescriptor InvalidPageSize = new(
        "BRF115", RenderSeverity.Error, "Invalid page size",
        "The page size {0} is not a positive whole number. Pass --page-size N (MSBuild property BriefingsPageSize) with N of 1 or more.");

    public static readonly RenderDescriptor MemoryLimit = new(
        "BRF116", RenderSeverity.Error, "Template memory budget exceeded",
        "Template memory budget exceeded: rendering this file allocated more than {0} MiB, here. A template keeps building ever more or ever larger strings or lists; fix the template, or raise --memory-limit (MiB) if the fact base really is this large.");

    public static readonly RenderDescriptor VersionUnreadable = new(
        "BRF120", RenderSeverity.Error, "Version file unreadable",
        "Version file: {0}. Version files are written by `briefings publish`: restore this one from version control (git checkout -- <file>), or delete it and publish again.");

    public static readonly RenderDescriptor VersionEdited = new(
        "BRF121", RenderSeverity.Error, "Published version edited",
        "The version {0} was changed after it was published: {1}. A published version is a record of what readers saw: restore the file from version control; to change what readers see, edit the facts and publish a new version.");

    public static readonly RenderDescriptor VersionTimeTaken = new(
        "BRF122", RenderSeverity.Error, "Two versions at one time",
        "Two versions are published at {0} (the other is '{1}'), so they cannot be ordered. Keep one of the two files (a copy of a version file is not a version), or publish the newer one again with its own --at time.");

    public static readonly RenderDescriptor VersionOtherSchema = new(
        "BRF123", RenderSeverity.Error, "Version of another schema",
        "The version {0} was published under a schema this one no longer reads: it has '{1}', the schema now '{2}'. A schema may add kinds, fields and enumeration words; renaming or retyping a field, or dropping a word, leaves older versions unreadable: undo that change, or move the older versions out of the versions folder (version control keeps them).");

    public static readonly RenderDescriptor PublishTime = new(
        "BRF124", RenderSeverity.Error, "No valid time to publish at",
        "Cannot publish: {0}. Give the time with --at 2025-01-28T09:00:00Z (MSBuild property BriefingsPublishAt), or set the story's date of update (a date field of the masthead fact, such as `updated:`).");

    public static readonly RenderDescriptor Internal = new(
        "BRF199", RenderSeverity.Error, "Internal renderer error",
        "The renderer failed unexpectedly: {0}. This is a bug in Briefings.Rendering; please report it with this message.");

    /// <summary>All descriptors, by id (for the README table and the tests).</summary>
    public static IReadOnlyList<RenderDescriptor> All { get; } =
    [
        TemplateSyntax, TemplateRuntime, TemplateLimit, OutputLimit, IncludeOutsideTemplates, TemplateUnreadable,
        OutputWriteFailed, StringsInvalid, ModelUnloadable, UnknownOutputFormat, TranslationFallback, UnsafeUrl,
        NoSlug, NoEntryTemplates, DuplicateOutput, InvalidPageSize, MemoryLimit, VersionUnreadable, VersionEdited, VersionTimeTaken,
        VersionOtherSchema, PublishTime, Internal,
    ];
}

/// <summary>A located diagnostic; <see cref="ToString"/> prints MSBuild's canonical form.</summary>
public sealed record RenderDiagnostic(RenderDescriptor Descriptor, string? File, int Line, int Column, string Message)
{
    public string Id => Descriptor.Id;

    public bool IsError => Descriptor.Severity == RenderSeverity.Error;

    /// <summary><c>templates/x.sbn(12,5): error BRF100: message</c>, or <c>briefings: error BRF1xx: message</c> with no file.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var origin = File is null
            ? "briefings"
            : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column})") : File;
        return $"{origin}: {severity} {Id}: {Message}";
    }
}
