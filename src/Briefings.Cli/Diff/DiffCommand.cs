using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Briefings.Cli.Output;
using Briefings.Cli.Projects;
using Briefings.Cli.Publish;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Versions;
using Briefings.Runtime;

namespace Briefings.Cli.Diff;

/// <summary>
/// <c>briefings diff [--from V] [--to V|working] [--json]</c>: what changed between two published versions, or between
/// one and the facts as they are now (the default: from the last version to the working facts). Facts added, removed
/// and changed field by field, old and new values written in every language as the briefing writes them, and the
/// corrections. A version is named by its time as published (<c>2025-01-28T09:00:00Z</c>) or its file's name.
/// </summary>
internal static class DiffCommand
{
    public const string Working = "working";

    public static Command Create()
    {
        var options = WorkingFacts.Options();
        var from = CommandLine.CommandLines.Text("--from", "version", "The earlier state: a version's time or file name (default: the last published version).");
        var to = CommandLine.CommandLines.Text("--to", "version", "The later state: a version, or 'working' for the facts as they are now (the default).");
        var json = new Option<bool>("--json") { Description = "Print JSON: recorded values, and their text in every language." };
        var command = new Command("diff", "Shows what changed between two published versions, or since the last one.")
        {
            options.Model, options.Facts, options.Templates, options.Root, from, to, json,
        };
        command.SetAction(result =>
        {
            var terminal = Terminal.Console();
            try
            {
                var paths = WorkingFacts.Paths(result, options, terminal);
                return WorkingFacts.Load(paths, terminal) is { } model
                    ? Run(model, paths, result.GetValue(from), result.GetValue(to) ?? Working, result.GetValue(json), terminal)
                    : 1;
            }
            catch (ProjectException ex)
            {
                terminal.WriteLine("error: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    private static int Run(IFactModel model, VersionPaths paths, string? from, string to, bool json, Terminal terminal)
    {
        var diagnostics = new List<RenderDiagnostic>();
        var history = VersionHistory.Load(paths.VersionsFolder, paths.DisplayRoot, ModelState.ShapeOf(model), diagnostics);
        var strings = UiStrings.Load(Path.Combine(paths.TemplatesDirectory, UiStrings.FileName), paths.Display(Path.Combine(paths.TemplatesDirectory, UiStrings.FileName)), model.Languages, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            terminal.WriteLine(diagnostic.ToString());
        }

        if (diagnostics.Any(d => d.IsError) || strings is null)
        {
            return 1;
        }

        var working = ModelState.From(model);
        if (!Pick(history, to, working, terminal, out var after, out var toName))
        {
            return 1;
        }

        // By default from the version before the later state: the last one, for the working facts.
        var earlier = history.Versions.Where(v => to == Working || v.Time < history.Versions.First(x => x.State == after).Time).LastOrDefault();
        var (before, fromName) = (earlier?.State, earlier is null ? "nothing published" : "the version of " + earlier.Time);
        if (from is not null && !Pick(history, from, working, terminal, out before, out fromName))
        {
            return 1;
        }

        var timeline = VersionTimeline.Build(history, model);
        var changes = FactDiff.Compare(before, after!, timeline.Kinds);
        var writers = model.Languages.Select(l => (Writer: timeline.Writer(l, model.Languages[0], strings.Format(l), strings.Words(l)), Ui: strings.Words(l))).ToList();
        terminal.Out.Write(json
            ? DiffReport.Json(fromName, toName, before, after!, changes, writers.Select(w => w.Writer).ToList())
            : DiffReport.Text(fromName, toName, before, after!, changes, writers));
        return 0;
    }

    /// <summary>A state by name: 'working', or a version by its time or file name; false after saying which versions there are.</summary>
    private static bool Pick(VersionHistory history, string name, ModelState working, Terminal terminal, out ModelState? state, out string display)
    {
        if (name == Working)
        {
            (state, display) = (working, "the working facts");
            return true;
        }

        var version = history.Versions.FirstOrDefault(v => v.Time.ToString() == name || v.Time.Slug == name || VersionFile.FileName(v.Time) == name);
        (state, display) = (version?.State, version is null ? name : "the version of " + version.Time);
        if (version is null)
        {
            var known = history.Versions.Count == 0 ? "none is published yet" : "published: " + string.Join(", ", history.Versions.Select(v => v.Time.ToString()));
            terminal.WriteLine($"error: no version is published at '{name}' ({known}).");
        }

        return version is not null;
    }
}
