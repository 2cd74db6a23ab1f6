using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Briefings.Cli.CommandLine;
using Briefings.Cli.Output;
using Briefings.Cli.Projects;
using Briefings.Cli.Watch;
using Briefings.Facts.Pipeline;
using Briefings.Rendering.Versions;
using Briefings.Runtime;

namespace Briefings.Cli.Publish;

/// <summary>The paths publish and diff work with: the built model, the facts, the templates (for the words), where names are shown from.</summary>
internal sealed record VersionPaths(string ModelPath, string FactsRoot, string TemplatesDirectory, string DisplayRoot, string? RootNamespace)
{
    public string VersionsFolder => Path.Combine(FactsRoot, VersionFile.FolderName);

    /// <summary>Shows a path as diagnostics do: relative to the display root, with '/'.</summary>
    public string Display(string path) => Path.GetRelativePath(DisplayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
}

/// <summary>
/// The facts as they are now, in the built model's types: the model assembly is loaded and the fact files are read
/// again with the generator's own pipeline (<see cref="FactBaseSession"/>) and swapped in, as the watch loop does, so
/// `briefings publish` records what the files say even when the last build is older than the last edit.
/// </summary>
internal static class WorkingFacts
{
    public static (Option<string> Model, Option<string> Facts, Option<string> Templates, Option<string> Root) Options() => (
        CommandLines.Text("--model", "facts.dll", "The compiled fact model (default: the project's)."),
        CommandLines.Text("--facts", "dir", "The fact folder; versions are in its versions/ folder (default: the project's BriefingsFactsRoot)."),
        CommandLines.Text("--templates", "dir", "The templates folder whose strings.json words the text (default: the project's BriefingsTemplatesDir)."),
        CommandLines.Text("--root", "dir", "Diagnostics name files relative to this folder (default: the project's BriefingsDisplayRoot)."));

    /// <summary>The paths from the options, the rest from the story project (read only if something is missing).</summary>
    public static VersionPaths Paths(ParseResult result, (Option<string> Model, Option<string> Facts, Option<string> Templates, Option<string> Root) options, Terminal terminal)
    {
        var given = new[] { result.GetValue(options.Model), result.GetValue(options.Facts), result.GetValue(options.Templates) };
        var project = Array.Exists(given, g => g is null) ? ProjectReader.Read(result.GetValue(ProjectOption.Instance), terminal) : null;
        return new VersionPaths(
            Path.GetFullPath(result.GetValue(options.Model) ?? project!.ModelPath),
            Path.GetFullPath(result.GetValue(options.Facts) ?? project!.FactsRoot),
            Path.GetFullPath(result.GetValue(options.Templates) ?? project!.TemplatesDirectory),
            Path.GetFullPath(result.GetValue(options.Root) ?? project?.DisplayRoot ?? Environment.CurrentDirectory),
            project?.RootNamespace);
    }

    /// <summary>The model holding the facts as the files say now; null after printing why not (errors in the facts, an unbuilt or stale model).</summary>
    public static IFactModel? Load(VersionPaths paths, Terminal terminal)
    {
        if (!File.Exists(paths.ModelPath))
        {
            terminal.WriteLine($"error: the model {paths.ModelPath} is not built yet: run `dotnet build` first.");
            return null;
        }

        LoadedModel model;
        try
        {
            model = LoadedModel.Load(paths.ModelPath);
        }
        catch (InvalidOperationException ex)
        {
            terminal.WriteLine("error: " + ex.Message);
            return null;
        }

        var texts = FactFolder.Files(paths.FactsRoot).Select(p => (p, FactFolder.Read(p))).ToList();
        var facts = new FactBaseSession(paths.FactsRoot, paths.RootNamespace ?? model.RootNamespace).Update(texts);
        foreach (var diagnostic in facts.Diagnostics.Where(d => d.IsError))
        {
            terminal.WriteLine(diagnostic.Format(paths.Display));
        }

        if (facts.HasErrors)
        {
            terminal.WriteLine("error: the facts have errors; fix them first (the versions record sound facts only).");
            return null;
        }

        if (facts.SchemaFingerprint != model.SchemaFingerprint)
        {
            terminal.WriteLine("error: the schema changed since the model was built: run `dotnet build` first.");
            return null;
        }

        model.Use(facts.DataByKind);
        return model.Model;
    }
}
