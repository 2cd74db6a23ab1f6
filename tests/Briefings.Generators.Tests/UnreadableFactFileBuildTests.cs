using System;
using System.IO;
using System.Linq;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// Files under the facts root that the compiler cannot be given (issue 14, item 7): a named pipe the compiler would
/// wait on for ever, a link to nothing, and names its command line cannot carry. Through the real build: each is one
/// BRF005 error naming the file, none reaches Csc (no CS2001, no hang), and the other facts are still checked.
/// </summary>
public class UnreadableFactFileBuildTests
{
    /// <summary>A project on the repository's toolchain with the every-type sample's facts; returns its facts folder.</summary>
    private static string SampleProject(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "Sample.csproj"), EndToEndBuildTests.ProjectText(RepositoryPaths.Root));
        EndToEndBuildTests.CopyToolchain(folder);
        var facts = Path.Combine(folder, "facts");
        Directory.CreateDirectory(facts);
        foreach (var file in Directory.EnumerateFiles(Samples.Directory("every-type"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(facts, Path.GetFileName(file)));
        }

        return facts;
    }

    private static string Source(string id) => "kind: source\nid: " + id + "\ntitle: { en: A, zh-Hant: 甲 }\n";

    [PosixFact]
    public void Pipes_dangling_links_and_names_the_compiler_cannot_carry_are_BRF005_at_the_file_and_the_build_ends()
    {
        using var temp = new TempFolder();
        var facts = SampleProject(temp.Path);

        PosixFiles.MakeFifo(Path.Combine(facts, "pipe.yaml"));
        File.CreateSymbolicLink(Path.Combine(facts, "dangling.yaml"), "nowhere.yaml");
        File.WriteAllText(Path.Combine(facts, "line\nbreak.yaml"), Source("line-break"));
        File.WriteAllText(Path.Combine(facts, "double \"quoted\".yaml"), Source("double-quoted"));
        File.WriteAllText(Path.Combine(facts, "back\\slash.yaml"), Source("back-slash"));
        // Legal names that work: an apostrophe, a semicolon, a space, a percent sign and CJK reach the generator.
        File.WriteAllText(Path.Combine(facts, "it's; 100% 事實.yaml"), Source("odd-but-legal") + "url: nope\n");

        var build = DotnetCli.Run(temp.Path, "build", "-nologo", "-clp:NoSummary");

        Assert.NotEqual(0, build.ExitCode);
        var errors = build.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.DoesNotContain(errors, l => l.Contains("CS2001", StringComparison.Ordinal) || l.Contains("CS8785", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith(facts + "/pipe.yaml : error BRF005: The fact file is not a regular file", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith(facts + "/dangling.yaml : error BRF005: The fact file is not a regular file", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith(facts + "/ : error BRF005: The fact file 'line?break.yaml' in this folder has a name the compiler cannot be given", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith(facts + "/ : error BRF005: The fact file 'double \"quoted\".yaml' in this folder", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith(facts + "/back/slash.yaml : error BRF005: No fact file has this name", StringComparison.Ordinal));

        // The odd but legal name reached the generator: its own error is located in it.
        Assert.Contains(errors, l => l.StartsWith(facts + "/it's; 100% 事實.yaml(4,6): error BRF015:", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count(l => l.Contains("BRF0", StringComparison.Ordinal)));
    }

    [PosixFact]
    public void Each_odd_name_alone_is_found_though_the_build_checks_file_by_file_only_when_a_find_lists_one()
    {
        using var temp = new TempFolder();
        var facts = SampleProject(temp.Path);

        foreach (var (name, expected) in new[]
        {
            ("tab\tname.yaml", facts + "/ : error BRF005: The fact file 'tab?name.yaml' in this folder has a name the compiler cannot be given"),
            ("double \"quoted\".yml", facts + "/ : error BRF005: The fact file 'double \"quoted\".yml' in this folder"),
            ("back\\slash.yaml", facts + "/back/slash.yaml : error BRF005: No fact file has this name"),
        })
        {
            var path = Path.Combine(facts, name);
            File.WriteAllText(path, Source("odd-" + name.Length));
            var build = DotnetCli.Run(temp.Path, "build", "-nologo", "-clp:NoSummary");
            File.Delete(path);

            var errors = build.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
            Assert.True(errors.Count == 1 && errors[0].StartsWith(expected, StringComparison.Ordinal), name + ":\n" + string.Join("\n", errors));
        }
    }
}
