using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>
/// The README's watch command, run as a reader types it from the repository root, with a free port and a temporary
/// output folder given after the double dash (the README says options there override the project's): the loop
/// starts, serves the briefing it rendered, and is stopped.
/// </summary>
public partial class ReadmeWatchCommandTests
{
    [GeneratedRegex(@"Serving .* at (http://127\.0\.0\.1:\d+/)(\S+) \(live reload\)", RegexOptions.CultureInvariant)]
    private static partial Regex ServingLine();

    [Fact]
    public async Task The_readme_watch_command_serves_the_rendered_briefing()
    {
        // README command: dotnet run --project src/Briefings.Cli -- watch
        using var temp = new TempFolder();
        var start = DotnetCli.StartInfo(RepositoryPaths.Root, null, "run", "--project", "src/Briefings.Cli", "--", "watch", "--port", "0", "--out", temp.Path);
        using var process = Process.Start(start)!;
        try
        {
            _ = process.StandardError.ReadToEndAsync(); // drained, so a chatty build cannot block the process
            var (serving, printed) = await ReadUntilServing(process.StandardOutput, TimeSpan.FromMinutes(4));
            if (serving is null)
            {
                Assert.Fail("the watch loop did not start serving:\n" + printed);
                return;
            }


            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await client.GetStringAsync(new Uri(serving.Groups[1].Value + serving.Groups[2].Value));
            Assert.Contains("fell 16.86%", page, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(temp.Path, serving.Groups[2].Value)));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The "Serving … at …" line (null if it never came), and everything printed until then.</summary>
    private static async Task<(Match? Serving, string Printed)> ReadUntilServing(StreamReader output, TimeSpan limit)
    {
        var printed = new System.Text.StringBuilder();
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var next = output.ReadLineAsync();
            if (await Task.WhenAny(next, Task.Delay(deadline - DateTime.UtcNow)) != next || await next is not { } line)
            {
                break;
            }

            printed.AppendLine(line);
            if (ServingLine().Match(line) is { Success: true } match)
            {
                return (match, printed.ToString());
            }
        }

        return (null, printed.ToString());
    }
}
