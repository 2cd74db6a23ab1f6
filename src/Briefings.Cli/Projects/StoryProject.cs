using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Briefings.Cli.Projects;

/// <summary>
/// A story project's paths as its build sees them: the MSBuild properties the package's build files set
/// (BriefingsFactsRoot, BriefingsTemplatesDir, BriefingsOutputDir, ...) and the model assembly (TargetPath), asked of
/// MSBuild itself (<c>dotnet msbuild -getProperty:...</c>), so defaults, imports and a project's own settings are
/// evaluated by MSBuild, never re-implemented here.
/// </summary>
internal sealed record StoryProject(
    string ProjectFile,
    string FactsRoot,
    string TemplatesDirectory,
    string OutputDirectory,
    string DisplayRoot,
    string ModelPath,
    string JsonSchemaDirectory,
    string? RootNamespace,
    string? Slug,
    int? PageSize,
    bool WritesJsonSchemas = true)
{
    /// <summary>The object of MSBuild's answer that holds the properties' values.</summary>
    private const string MsBuildAnswerKey = "Properties";

    /// <summary>The properties asked for, in the order of the command line.</summary>
    public static IReadOnlyList<string> Properties { get; } =
    [
        "BriefingsFactsRoot", "BriefingsTemplatesDir", "BriefingsOutputDir", "BriefingsDisplayRoot", "TargetPath",
        "BriefingsJsonSchemaDir", "RootNamespace", "BriefingsSlug", "BriefingsPageSize", "BriefingsJsonSchemas",
    ];

    /// <summary>
    /// The project file <paramref name="given"/> names (a file, or a folder holding exactly one project file), or the
    /// one in <paramref name="currentDirectory"/>.
    /// </summary>
    public static string FindProjectFile(string? given, string currentDirectory)
    {
        var path = Path.GetFullPath(given ?? ".", currentDirectory);
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            throw new ProjectException($"'{given}' is neither a project file nor a folder.");
        }

        var projects = Directory.GetFiles(path, "*.*proj").Order(StringComparer.Ordinal).ToArray();
        return projects.Length switch
        {
            1 => projects[0],
            0 => throw new ProjectException($"No project file in {path}: run in a story project's folder, or pass --project <path>."),
            _ => throw new ProjectException($"More than one project file in {path} ({string.Join(", ", projects.Select(Path.GetFileName))}): pass --project <file>."),
        };
    }

    /// <summary>The project's paths from the JSON <c>dotnet msbuild -getProperty</c> prints for several properties.</summary>
    public static StoryProject FromMsBuildJson(string projectFile, string json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty(MsBuildAnswerKey, out var answer))
            {
                throw new KeyNotFoundException("no \"" + MsBuildAnswerKey + "\" in it");
            }

            foreach (var property in answer.EnumerateObject())
            {
                values[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ProjectException($"MSBuild's answer about {projectFile} could not be read: {ex.Message}");
        }

        var folder = Path.GetDirectoryName(projectFile)!;
        string Get(string name) => values.TryGetValue(name, out var value) ? value.Trim() : string.Empty;
        string PathOf(string name) => Path.GetFullPath(Get(name), folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (Get("BriefingsFactsRoot").Length == 0 || Get("TargetPath").Length == 0)
        {
            throw new ProjectException(
                $"{projectFile} sets no BriefingsFactsRoot: it does not use the Briefings package, or it is not restored yet (run `dotnet build` once).");
        }

        return new StoryProject(
            projectFile,
            PathOf("BriefingsFactsRoot"),
            PathOf("BriefingsTemplatesDir"),
            PathOf("BriefingsOutputDir"),
            Get("BriefingsDisplayRoot").Length == 0 ? folder : PathOf("BriefingsDisplayRoot"),
            PathOf("TargetPath"),
            Get("BriefingsJsonSchemaDir").Length == 0 ? Path.Combine(PathOf("BriefingsFactsRoot"), ".schema") : PathOf("BriefingsJsonSchemaDir"),
            Get("RootNamespace") is { Length: > 0 } ns ? ns : null,
            Get("BriefingsSlug") is { Length: > 0 } slug ? slug : null,
            int.TryParse(Get("BriefingsPageSize"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null,
            !string.Equals(Get("BriefingsJsonSchemas"), "false", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A project that cannot be found or read: printed as <c>error: ...</c>, exit code 1.</summary>
internal sealed class ProjectException(string message) : Exception(message);
