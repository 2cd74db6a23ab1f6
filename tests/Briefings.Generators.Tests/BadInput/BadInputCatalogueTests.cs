using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Briefings.Generators.Tests.BadInput;

/// <summary>
/// The catalogue of bad input: each numbered <c>NN-name.yaml</c> in this folder is one entry, and
/// its <c>BadInputCatalogueTests.Each_entry_gets_its_located_diagnostics.NN-name.verified.txt</c>
/// holds exactly what a build reports when the file is dropped beside the every-type sample (or
/// "(no diagnostics)" for the inputs that must be accepted, such as a BOM with CRLF line ends).
/// A new entry without its verified file fails until it is reviewed and accepted.
/// </summary>
public class BadInputCatalogueTests
{
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var entry in EntryNames())
        {
            data.Add(entry);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_entry_gets_its_located_diagnostics(string entry)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder(), entry + ".yaml"));
        var files = Samples.EveryTypeWith().Select(f => GeneratorHarness.File(f.Path, f.Text)).ToList();
        files.Add(GeneratorHarness.File(entry + ".yaml", bytes));

        var run = GeneratorHarness.Run(files);

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id is "BRF099" or "CS8785");
        if (!run.Result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Assert.Empty(run.CompilationProblems); // accepted input must give code that compiles
        }

        Snapshot.Verify(run.Diagnostics.Count == 0 ? "(no diagnostics)\n" : string.Join("\n", run.Diagnostics) + "\n", "txt", entry);
    }

    [Fact]
    public void Every_verified_file_belongs_to_an_entry()
    {
        var entries = EntryNames().ToHashSet(StringComparer.Ordinal);
        const string prefix = nameof(BadInputCatalogueTests) + "." + nameof(Each_entry_gets_its_located_diagnostics) + ".";
        var orphans = Directory.EnumerateFiles(Folder(), prefix + "*.verified.txt")
            .Select(f => Path.GetFileName(f)[prefix.Length..^".verified.txt".Length])
            .Where(name => !entries.Contains(name))
            .ToList();

        Assert.Empty(orphans);
        Assert.True(entries.Count >= 70, $"The catalogue shrank to {entries.Count} entries.");
    }

    internal static string[] EntryNames() => Directory.EnumerateFiles(Folder(), "*.yaml")
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToArray();

    /// <summary>This folder in the source tree (the caller-path default is filled in here, so it is this file's).</summary>
    internal static string Folder() => FolderOf();

    private static string FolderOf([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
