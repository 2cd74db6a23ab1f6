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
    int MemoryLimit,
    string? Facts = null,
    string? JsonSchemas = null,
    string? Versions = null,
    bool UseServer = false,
    string? Memo = null,
    bool Timings = false)
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
        var server = new Option<bool>("--server") { Description = "Render through this tool's warm render server, starting one for the next build when none runs (the build passes it when the compiler server is on)." };
        var facts = CommandLines.Text("--facts", "dir", "The fact folder the model was compiled from: its ids go into the JSON Schemas (with --json-schemas).");
        var jsonSchemas = CommandLines.Text("--json-schemas", "dir", "Also refresh the JSON Schemas for editors in this folder, rewriting only files that changed (needs --facts).");
        var versions = CommandLines.Text("--versions", "dir", "The story's published versions (the facts' versions/ folder), for the Updates section and the feed (default: none).");
        var memo = CommandLines.Text("--memo", "file", "What this render leaves for the next (each output's reads, each fact's digest): with it, the next render re-renders only the outputs that read a changed fact.");
        var timings = new Option<bool>("--timings") { Description = "Also print where the render's time went, phase by phase (loading the model, the memo, rendering, writing)." };
        var memoryLimit = CommandLines.WholeNumber("--memory-limit", "Most MiB rendering one file may allocate (default: 1024).", (int)(RenderRequest.DefaultMemoryLimit >> 20), minimum: 1);
        var command = new Command("render", "Renders the briefings of a compiled fact model through Scriban templates (what the build runs).")
        {
            model, templates, output, slug, defaultSlug, root, stamp, outputList, pageSize, loopLimit, outputLimit, memoryLimit, facts, jsonSchemas, versions, server, memo, timings,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(jsonSchemas) is not null && result.GetResult(facts) is null)
            {
                result.AddError("--json-schemas needs --facts: the fact folder whose ids the JSON Schemas list.");
            }
        });
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
            result.GetValue(memoryLimit),
            result.GetValue(facts),
            result.GetValue(jsonSchemas),
            result.GetValue(versions),
            result.GetValue(server),
            result.GetValue(memo),
            result.GetValue(timings))));
        return command;
    }
}
