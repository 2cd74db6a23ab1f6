using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Briefings.Package.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>
/// The briefings tool as a desk installs it: a local .NET tool (Briefings.Tool) from the packed feed, in a story
/// project that uses the Briefings package. With no options, `dotnet briefings` finds the project in the current
/// folder and takes its paths from MSBuild.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public class ToolPackageTests(PackedFeed feed)
{
    [Fact]
    public async Task The_tool_installs_as_a_local_tool_and_checks_and_watches_the_story_in_the_current_folder()
    {
        using var temp = new TempFolder("briefings-tool");
        // Its own CLI home too: the SDK remembers where each local tool's files are (toolResolverCache), and a path into an
        // earlier test's deleted package folder would be taken for an installed tool that is missing.
        var environment = new Dictionary<string, string>(feed.UseFeedIn(temp.Path)) { ["DOTNET_CLI_HOME"] = Path.Combine(temp.Path, ".home") };
        var project = Path.Combine(temp.Path, "Harbour");
        ConsumerTests.CopyFolder(Path.Combine(ConsumerTests.StoryFolder, "facts"), Path.Combine(project, "facts"));
        File.WriteAllText(Path.Combine(project, "Harbour.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="Briefings" Version="{PackedFeed.Version}" /></ItemGroup>
            </Project>
            """);
        Succeeds(DotnetCli.Run(project, environment, "build", "-nologo", "-clp:NoSummary"));

        // README command: dotnet new tool-manifest
        Succeeds(DotnetCli.Run(project, environment, "new", "tool-manifest"));
        // README command: dotnet tool install --local Briefings.Tool
        Succeeds(DotnetCli.Run(project, environment, "tool", "install", "--local", "Briefings.Tool"));
        Assert.True(File.Exists(Path.Combine(environment["NUGET_PACKAGES"], "briefings.tool", PackedFeed.Version, "Briefings.Tool.nuspec")));

        // README command: dotnet briefings check
        var sound = DotnetCli.Run(project, environment, "briefings", "check");
        Assert.True(sound.ExitCode == 0, sound.Output);
        Assert.Contains("Facts are sound: 7 file(s) checked, 0 error(s), 0 warning(s)", sound.Output, StringComparison.Ordinal);

        var figures = Path.Combine(project, "facts", "figures.yaml");
        var text = File.ReadAllText(figures);
        File.WriteAllText(figures, text.Replace("cost: 4500000 EUR", "cost: 4500000 euros", StringComparison.Ordinal));
        var lines = File.ReadAllLines(figures);
        var line = Array.FindIndex(lines, l => l.Contains("4500000 euros", StringComparison.Ordinal));
        var broken = DotnetCli.Run(project, environment, "briefings", "check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"\nfacts/figures.yaml({line + 1},{lines[line].IndexOf("4500000", StringComparison.Ordinal) + 1}): error BRF015: ", broken.Output, StringComparison.Ordinal);
        File.WriteAllText(figures, text);

        // README command: dotnet briefings watch
        // (on a free port here, as other tests may serve at the same time)
        var start = DotnetCli.StartInfo(project, environment, "briefings", "watch", "--port", "0");
        using var watch = Process.Start(start)!;
        try
        {
            _ = watch.StandardError.ReadToEndAsync();
            var printed = new List<string>();
            var first = await NextLine(watch.StandardOutput, "start: ", printed, TimeSpan.FromMinutes(2));
            // Six fact files (and the schema); HTML, Markdown and timeline per language (en, fr) and the model, the same
            // bytes as the build wrote: nothing rewritten.
            Assert.Matches(@"^start: 6 fact file\(s\) read, 7 of 7 files rendered, 0 rewritten, in \d+ ms\.$", first);
            Assert.True(File.Exists(Path.Combine(project, "briefings", "harbour.en.html")));

            // It serves the story's briefings with the live-reload script, and an edit reaches the served page.
            var servingLine = await NextLine(watch.StandardOutput, "Serving ", printed, TimeSpan.FromSeconds(30)); // after the first render
            var serving = System.Text.RegularExpressions.Regex.Match(servingLine, @"at (http://127\.0\.0\.1:\d+/)");
            Assert.True(serving.Success, "no 'Serving ... at' line:\n" + string.Join("\n", printed));
            using var http = new System.Net.Http.HttpClient { BaseAddress = new Uri(serving.Groups[1].Value), Timeout = TimeSpan.FromSeconds(30) };
            var page = await http.GetStringAsync("harbour.en.html");
            Assert.Contains("/__briefings/events", page, StringComparison.Ordinal);
            var events = Path.Combine(project, "facts", "events", "closure.yaml");
            var before = File.ReadAllText(events);
            var title = System.Text.RegularExpressions.Regex.Match(before, @"en: (The bridge closes for repairs)");
            Assert.True(title.Success, before);
            File.WriteAllText(events, before.Replace(title.Groups[1].Value, "The bridge closes for good", StringComparison.Ordinal));
            await NextLine(watch.StandardOutput, "facts/", printed, TimeSpan.FromMinutes(1));
            Assert.Contains("The bridge closes for good", await http.GetStringAsync("harbour.en.html"), StringComparison.Ordinal);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            await watch.WaitForExitAsync();
        }
    }

    private static void Succeeds((int ExitCode, string Output) run) => Assert.True(run.ExitCode == 0, run.Output);

    /// <summary>The watch loop's next line starting with <paramref name="prefix"/> (lines before it go to <paramref name="printed"/>), or all it printed if none came in time.</summary>
    private static async Task<string> NextLine(StreamReader output, string prefix, List<string> printed, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var next = output.ReadLineAsync();
            if (await Task.WhenAny(next, Task.Delay(deadline - DateTime.UtcNow)) != next || await next is not { } line)
            {
                break;
            }

            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }

            printed.Add(line);
        }

        return string.Join("\n", printed);
    }
}
