using System.Collections.Generic;
using System.CommandLine;
using Briefings.CommandLine;
using Briefings.Rendering;

namespace Briefings.Render;

/// <summary>The render app's command line (the package's build/Briefings.targets passes it).</summary>
internal sealed record RenderOptions(
    string Model,
    string Templates,
    string Out,
    string? Slug,
    string? DefaultSlug,
    string? Root,
    string? Stamp,
    string? OutputList,
    int PageSize,
    int? LoopLimit,
    int OutputLimit)
{
    private const int DefaultOutputLimit = 16 * 1024 * 1024;

    /// <summary>The options, or null with the exit code when there is nothing to render (a usage error, <c>--help</c>).</summary>
    public static RenderOptions? Parse(IReadOnlyList<string> args, out int exitCode)
    {
        var model = CommandLines.Text("--model", "facts.dll", "The compiled fact model (its assembly).", required: true);
        var templates = CommandLines.Text("--templates", "dir", "The templates folder: entry templates at the top, partials in subfolders, strings.json.", required: true);
        var output = CommandLines.Text("--out", "dir", "Where the briefings are written.", required: true);
        var slug = CommandLines.Text("--slug", "slug", "First part of every file name (default: the schema's 'slug:').");
        var defaultSlug = CommandLines.Text("--default-slug", "slug", "The slug when neither --slug nor the schema gives one (the package passes the project's name).");
        var root = CommandLines.Text("--root", "dir", "Diagnostics name files relative to this folder (default: the current folder).");
        var stamp = CommandLines.Text("--stamp", "file", "Deleted before rendering, written only after a successful render.");
        var outputList = CommandLines.Text("--output-list", "file", "The files written; those the last render wrote and this one does not are deleted.");
        var pageSize = PageSizeOption.Create();
        var loopLimit = CommandLines.WholeNumber("--loop-limit", "Most loop iterations a template may run (default: Scriban's).", defaultValue: null, minimum: 1);
        var outputLimit = CommandLines.WholeNumber("--output-limit", "Most bytes one rendered file may have.", DefaultOutputLimit, minimum: 1);
        var command = new RootCommand("Renders the briefings of a compiled fact model through Scriban templates.")
        {
            model, templates, output, slug, defaultSlug, root, stamp, outputList, pageSize, loopLimit, outputLimit,
        };

        if (CommandLines.Parse(command, args, out exitCode) is not { } result)
        {
            return null;
        }

        return new RenderOptions(
            result.GetRequiredValue(model),
            result.GetRequiredValue(templates),
            result.GetRequiredValue(output),
            result.GetValue(slug),
            result.GetValue(defaultSlug),
            result.GetValue(root),
            result.GetValue(stamp),
            result.GetValue(outputList),
            result.GetValue(pageSize),
            result.GetResult(loopLimit) is null ? null : result.GetValue(loopLimit),
            result.GetValue(outputLimit));
    }
}
