using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// The real toolchain: a small project wired like src/Briefings.Story builds the shipped seeds with
/// `dotnet build`, and a broken line appended to fact files fails the build at each file's line and column.
/// </summary>
public class EndToEndBuildTests
{
    // The generator, its fact pipeline (Briefings.Facts), YamlDotNet and the runtime come from this test's own output folder, copied beside
    // the sample: the test never builds shared projects, so it cannot race another build of them.
    internal static string ProjectText(string root) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{root}/build.props" />
          <PropertyGroup>
            <TargetFramework>$(AppTargetFramework)</TargetFramework>
            <BriefingsFactsRoot>$(MSBuildProjectDirectory)/facts</BriefingsFactsRoot>
          </PropertyGroup>
          <Import Project="{root}/src/Briefings.Package/build/Briefings.Generators.props" />
          <ItemGroup>
            <Reference Include="lib/Briefings.Runtime.dll" />
            <Analyzer Include="lib/Briefings.Generators.dll;lib/Briefings.Facts.dll;lib/YamlDotNet.dll" />
          </ItemGroup>
        </Project>
        """;

    internal static void CopyToolchain(string folder)
    {
        var lib = Path.Combine(folder, "lib");
        Directory.CreateDirectory(lib);
        foreach (var name in new[] { "Briefings.Runtime.dll", "Briefings.Generators.dll", "Briefings.Facts.dll", "YamlDotNet.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, name), Path.Combine(lib, name));
        }
    }

    private static void CopySeeds(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.y*ml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(RepositoryPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (int ExitCode, string Output) Build(string folder)
        => DotnetCli.Run(folder, "build", "-nologo", "-clp:NoSummary");

    [Fact]
    public void The_shipped_seeds_build_clean_and_broken_lines_fail_at_their_place()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Sample.csproj"), ProjectText(RepositoryPaths.Root));
        CopyToolchain(temp.Path);
        File.WriteAllText(Path.Combine(temp.Path, "Use.cs"), "namespace Sample; public static class Use { public static int Count => Briefings.Story.Facts.All.Count; }\n");
        var facts = Path.Combine(temp.Path, "facts");
        CopySeeds(facts);

        var clean = Build(temp.Path);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.DoesNotMatch(new Regex(@"(warning|error) (CS|BRF)\d+"), clean.Output);

        // Append a line naming no field to the first, a middle and the last fact file.
        var factFiles = Directory.EnumerateFiles(facts, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains("schema", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var broken = new[] { factFiles[0], factFiles[factFiles.Count / 2], factFiles[^1] }.Distinct().ToList();
        foreach (var file in broken)
        {
            var text = File.ReadAllText(file).TrimEnd('\n') + "\n";
            File.WriteAllText(file, text + "no-such-field: [1, 2\n");
        }

        var failed = Build(temp.Path);

        Assert.NotEqual(0, failed.ExitCode);
        Assert.DoesNotContain("CS8785", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.Output, StringComparison.Ordinal); // no stack trace
        foreach (var file in broken)
        {
            var line = File.ReadAllLines(file).Length;
            var relative = Path.GetRelativePath(temp.Path, file).Replace('\\', '/');
            Assert.Matches(new Regex(Regex.Escape(relative) + @"\(" + line + @",\d+\): error BRF0\d\d: "), failed.Output);
        }
    }

    [Fact]
    public void Every_catalogued_bad_file_dropped_into_the_facts_fails_the_real_build_at_its_place()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Sample.csproj"), ProjectText(RepositoryPaths.Root));
        CopyToolchain(temp.Path);
        var facts = Path.Combine(temp.Path, "facts");
        Directory.CreateDirectory(facts);
        foreach (var file in Directory.EnumerateFiles(Samples.Directory("every-type"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(facts, Path.GetFileName(file)));
        }

        var catalogue = BadInput.BadInputCatalogueTests.Folder();
        foreach (var entry in BadInput.BadInputCatalogueTests.EntryNames())
        {
            File.Copy(Path.Combine(catalogue, entry + ".yaml"), Path.Combine(facts, entry + ".yaml"));
        }

        var build = Build(temp.Path);

        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Output, StringComparison.Ordinal);
        var checkedEntries = 0;
        foreach (var entry in BadInput.BadInputCatalogueTests.EntryNames())
        {
            var verified = Directory.EnumerateFiles(catalogue, $"*.{entry}.verified.txt").Single();
            var expected = File.ReadAllLines(verified).FirstOrDefault(l => l.StartsWith("seeds/" + entry + ".yaml(", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal));
            if (expected is null)
            {
                continue; // an entry that must be accepted, or one that only warns
            }

            // seeds/NN.yaml(L,C): error BRFxxx: ... → <temp>/facts/NN.yaml(L,C): error BRFxxx:
            var place = expected.Substring("seeds/".Length, expected.IndexOf(": error ", StringComparison.Ordinal) - "seeds/".Length + ": error BRF000".Length);
            Assert.Contains("/facts/" + place, build.Output, StringComparison.Ordinal);
            checkedEntries++;
        }

        Assert.True(checkedEntries >= 55, $"only {checkedEntries} catalogue entries were checked");
    }
}
