using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Briefings.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Briefings.Package.Tests;

/// <summary>
/// The README's "Start your own story", as a newcomer follows it on a fresh machine with nothing published: its
/// commands, read from the README (never copied here), run as printed, in order, in one shell, on a copy of this
/// repository's files (what a fresh clone holds: tracked and new files, nothing built), with a fresh home folder (no
/// NuGet configuration, no templates installed) and an empty package cache. Third-party packages restore from the
/// machine's ordinary source. Takes about two minutes (most of it restoring the solution into the empty cache).
/// </summary>
public class ReadmeStoryTests(ITestOutputHelper output)
{
    private const string Heading = "## Start your own story";

    [Fact]
    public void The_readme_own_story_commands_run_as_printed_and_the_starter_renders_its_briefings()
    {
        // README section: README.md ## Start your own story
        // README section: src/Briefings.Package/README.md ## Start a story
        var commands = ReadmeCommands.InSection(Read("README.md"), Heading);
        Assert.Contains("dotnet pack", commands);
        Assert.Contains("dotnet build", commands);
        Assert.Equal("dotnet test", commands[^2]); // "Review a change to your briefings": the starter's snapshot test passes
        Assert.Equal(commands, ReadmeCommands.InSection(Read("src/Briefings.Package/README.md"), "## Start a story"));

        using var temp = new TempFolder("briefings-readme-story");
        var clone = Path.Combine(temp.Path, "clone");
        CopyWorkingTree(clone);
        var home = Directory.CreateDirectory(Path.Combine(temp.Path, "home")).FullName;
        var packages = Directory.CreateDirectory(Path.Combine(temp.Path, "packages")).FullName;

        var (exitCode, log) = RunInOneShell(clone, commands, new Dictionary<string, string> { ["HOME"] = home, ["NUGET_PACKAGES"] = packages });
        foreach (var line in log.Split('\n').Where(l => l.StartsWith("exit ", StringComparison.Ordinal)))
        {
            output.WriteLine(line);
        }

        Assert.True(exitCode == 0, log);
        Assert.Equal(commands.Count, log.Split('\n').Count(l => l.StartsWith("exit 0: ", StringComparison.Ordinal)));

        // The story the commands made, where the last command left the shell: its briefings, from the starter's facts.
        var story = log.Split('\n').Last(l => l.StartsWith("final folder: ", StringComparison.Ordinal))["final folder: ".Length..];
        Assert.StartsWith(home + Path.DirectorySeparatorChar, story, StringComparison.Ordinal);
        var html = Directory.GetFiles(Path.Combine(story, Path.GetFileName(story), "briefings"), "*.en.html").Single();
        Assert.Contains("Briefing written: " + html, log, StringComparison.Ordinal);
        Assert.Contains("<strong>The announcement</strong>", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(html, ".md")), "no Markdown briefing beside " + html);
        Assert.True(Directory.GetFiles(packages, "*.nupkg", SearchOption.AllDirectories).Any(p => p.Contains("briefings", StringComparison.Ordinal)), "Briefings was not restored into the empty cache");
    }

    private static string Read(string readme) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme)).ReplaceLineEndings("\n");

    /// <summary>Copies what a clone of the working tree would hold: tracked files and new, not ignored, ones.</summary>
    private static void CopyWorkingTree(string destination)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        foreach (var file in files.Where(f => File.Exists(Path.Combine(RepositoryPaths.Root, f))))
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }
    }

    /// <summary>
    /// Runs the commands in one bash, so <c>cd</c> carries over as it does for a reader: each is echoed, then its exit
    /// code ("exit N: command"); the first that fails ends the run. The last line names the folder the shell ended in.
    /// </summary>
    private static (int ExitCode, string Log) RunInOneShell(string folder, IReadOnlyList<string> commands, IReadOnlyDictionary<string, string> environment)
    {
        var script = new StringBuilder("set -u\nrun() { printf '$ %s\\n' \"$1\"; eval \"$1\"; rc=$?; printf 'exit %s: %s\\n' \"$rc\" \"$1\"; [ \"$rc\" -eq 0 ] || exit \"$rc\"; }\n");
        foreach (var command in commands)
        {
            script.Append("run '").Append(command.Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n");
        }

        script.Append("printf 'final folder: %s\\n' \"$PWD\"\n");
        var start = DotnetCli.StartInfo(folder, environment);
        start.FileName = "bash";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script.ToString());
        start.RedirectStandardInput = true;
        foreach (var inherited in new[] { "DOTNET_CLI_HOME", "NUGET_HTTP_CACHE_PATH", "NUGET_PLUGINS_CACHE_PATH", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" })
        {
            start.Environment.Remove(inherited); // a fresh machine has none; the test host may have some
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = Task.Run(process.StandardOutput.ReadToEnd);
        var stderr = Task.Run(process.StandardError.ReadToEnd);
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The README's commands did not finish in 15 minutes:\n" + stdout.Result);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
