using System;
using System.CommandLine;
using Briefings.Cli.CommandLine;
using Briefings.Rendering;

namespace Briefings.Cli.Render;

/// <summary><c>briefings render</c>'s command line (the package's build/Briefings.targets passes it).</summary>
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
    int OutputLimit,
    int MemoryLimit)
{
    private const int DefaultOutputLimit = 16 * 1024 * 1024;

    /// <summary>The <c>render</c> verb: its options, and <paramref name="run"/> called with them.</summary>
    public static Command CreateCommand(Func<RenderOptions, int> run)
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
        var memoryLimit = CommandLines.WholeNumber("--memory-limit", "Most MiB rendering one file may allocate (default: 1024).", (int)(RenderRequest.DefaultMemoryLimit >> 20), minimum: 1);
        var command = new Command("render", "Renders the briefings of a compiled fact model through Scriban templates (what the build runs).")
        {
            model, templates, output, slug, defaultSlug, root, stamp, outputList, pageSize, loopLimit, outputLimit, memoryLimit,
        };
        command.SetAction(result => run(new RenderOptions(
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
            result.GetValue(outputLimit),
            result.GetValue(memoryLimit))));
        return command;
    }
}
