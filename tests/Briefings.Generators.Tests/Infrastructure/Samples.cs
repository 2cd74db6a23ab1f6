using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Briefings.Generators.Tests.Infrastructure;

/// <summary>The sample fact sets under Samples/, copied beside the test assembly.</summary>
internal static class Samples
{
    public static string Directory(string name) => Path.Combine(System.AppContext.BaseDirectory, "Samples", name);

    /// <summary>Every YAML file of a sample as additional texts, in ordinal order of their relative paths.</summary>
    public static List<AdditionalText> Files(string name)
    {
        var root = Directory(name);
        return System.IO.Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => GeneratorHarness.File(p, File.ReadAllText(Path.Combine(root, p))))
            .ToList();
    }

    public static string Text(string name, string relativePath) => File.ReadAllText(Path.Combine(Directory(name), relativePath));

    /// <summary>The every-type sample's schema, for tests that bring their own facts.</summary>
    public static (string Path, string Text) Schema => ("schema.yaml", Text("every-type", "schema.yaml"));

    /// <summary>The every-type sample's files plus extra or replaced ones.</summary>
    public static (string Path, string Text)[] EveryTypeWith(params (string Path, string Text)[] files)
    {
        var root = Directory("every-type");
        var map = System.IO.Directory.EnumerateFiles(root, "*.yaml")
            .ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p), System.StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            map[path] = text;
        }

        return map.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray();
    }
}
