using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Briefings.Package.Tests.Infrastructure;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>What is inside the package, and that packing twice gives the same bytes.</summary>
[Collection(PackedFeedGroup.Name)]
public class PackageLayoutTests(PackedFeed feed)
{
    [Fact]
    public void The_package_carries_the_generator_with_YamlDotNet_the_runtime_the_build_files_the_renderer_and_the_templates()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        string[] required =
        [
            "analyzers/dotnet/cs/Briefings.Generators.dll",
            "analyzers/dotnet/cs/Briefings.Facts.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "lib/net10.0/Briefings.Runtime.dll",
            "build/Briefings.props",
            "build/Briefings.targets",
            "build/Briefings.Generators.props",
            "tools/briefings/briefings.dll",
            "tools/briefings/briefings.runtimeconfig.json",
            "tools/briefings/briefings.deps.json",
            "tools/briefings/Briefings.Rendering.dll",
            "tools/briefings/Briefings.Runtime.dll",
            "tools/briefings/Briefings.Facts.dll",
            "tools/briefings/YamlDotNet.dll",
            "tools/briefings/Scriban.Signed.dll",
            "tools/briefings/System.CommandLine.dll",
            "templates/briefing.html.sbn",
            "templates/briefing.md.sbn",
            "templates/briefing.atom.sbn",
            "templates/strings.json",
            "README.md",
            "docs/diagnostics.md",
        ];
        var missing = required.Where(r => !names.Contains(r)).ToArray();
        Assert.True(missing.Length == 0, "missing: " + string.Join(", ", missing));

        // Nothing the compiler would reference by accident, no symbols, no source paths.
        // The tool needs no compiler: no Roslyn, not even the generator, only the fact pipeline.
        var unwanted = names.Where(n =>
            (n.StartsWith("lib/", StringComparison.Ordinal) && n != "lib/net10.0/Briefings.Runtime.dll")
            || n.EndsWith(".pdb", StringComparison.Ordinal)
            || n.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)
            || n == "tools/briefings/Briefings.Generators.dll").ToArray();
        Assert.True(unwanted.Length == 0, "unwanted: " + string.Join(", ", unwanted));

        // A package with no dependencies: YamlDotNet and Scriban travel inside it.
        var nuspec = XDocument.Load(zip.GetEntry("Briefings.nuspec")!.Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("Briefings", metadata.Element(ns + "id")!.Value);
        Assert.Equal(PackedFeed.Version, metadata.Element(ns + "version")!.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }

    [Fact]
    public void Packing_twice_gives_the_same_bytes()
    {
        // Two packs back to back from the same outputs (the fixture's pack may predate a rebuild by another build).
        var folder = Path.GetDirectoryName(feed.Feed)!;
        var name = Path.GetFileName(feed.PackagePath);
        var first = Path.Combine(folder, "first");
        var second = Path.Combine(folder, "second");
        foreach (var destination in new[] { first, second })
        {
            var (exitCode, output) = PackedFeed.Pack(PackedFeed.PackedProjects[0], destination);
            Assert.True(exitCode == 0, output);
        }

        var a = File.ReadAllBytes(Path.Combine(first, name));
        var b = File.ReadAllBytes(Path.Combine(second, name));
        Assert.True(a.AsSpan().SequenceEqual(b), "the packages differ in: " + string.Join(", ", DifferentEntries(Path.Combine(first, name), Path.Combine(second, name))));
    }

    private static string[] DifferentEntries(string left, string right)
    {
        using var x = ZipFile.OpenRead(left);
        using var y = ZipFile.OpenRead(right);
        var names = x.Entries.Select(e => e.FullName).Union(y.Entries.Select(e => e.FullName)).Order(StringComparer.Ordinal);
        return names.Where(n => x.GetEntry(n) is not { } e || y.GetEntry(n) is not { } f || e.Crc32 != f.Crc32 || e.LastWriteTime != f.LastWriteTime).ToArray();
    }
}
