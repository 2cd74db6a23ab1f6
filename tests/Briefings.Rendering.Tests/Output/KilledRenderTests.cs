using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Briefings.Rendering.Output;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Output;

/// <summary>
/// The real render verb of the briefings tool, killed (SIGKILL) at 20 seeded random points of a render that replaces one set of the shipped
/// story's briefings by another: after each kill and the recovery the next run starts with, the folder holds exactly
/// one of the two sets; after a last full render, no file of ours is left.
/// </summary>
public sealed class KilledRenderTests : IDisposable
{
    private static readonly string Render = RepositoryPaths.Tool;
    private readonly TempFolder temp = new("briefings-kill");

    [Fact]
    public void A_render_killed_at_any_point_leaves_one_whole_set()
    {
        var output = Path.Combine(temp.Path, "out");
        var list = Path.Combine(temp.Path, "written.txt");
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Start("old", output, list).Finish());
        var full = clock.Elapsed;
        var sets = new Dictionary<string, SortedDictionary<string, string>> { ["old"] = OutputSetTests.OnDisk(output) };
        Assert.Equal(0, Start("new", output, list).Finish());
        sets["new"] = OutputSetTests.OnDisk(output);
        Assert.DoesNotContain(sets["old"].Keys, sets["new"].ContainsKey);

        var random = new Random(20250127);
        for (var kill = 0; kill < 20; kill++)
        {
            var from = sets["old"].SequenceEqual(OutputSetTests.OnDisk(output)) ? "old" : "new";
            var to = from == "old" ? "new" : "old";
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * full.TotalMilliseconds * 1.2);
            using (var process = Start(to, output, list).Process)
            {
                Thread.Sleep(delay);
                if (!process.HasExited)
                {
                    process.Kill(); // SIGKILL: no finally block runs
                }

                process.WaitForExit();
            }

            OutputSet.Recover(output); // what the next render does first
            var after = OutputSetTests.OnDisk(output);
            Assert.True(after.SequenceEqual(sets["old"]) || after.SequenceEqual(sets["new"]), $"Kill {kill} after {delay.TotalMilliseconds:F0} ms left: {string.Join(", ", after.Keys)}");
        }

        Assert.Equal(0, Start("new", output, list).Finish());
        Assert.Equal(sets["new"], OutputSetTests.OnDisk(output));
        OutputSetTests.AssertNoLeftovers(output);
    }

    public void Dispose() => temp.Dispose();

    private static Run Start(string slug, string output, string list)
    {
        var start = DotnetCli.StartInfo(Path.GetDirectoryName(Render)!, null, Render, "render",
            "--model", typeof(Briefings.Story.Facts).Assembly.Location, "--templates", RepositoryPaths.Templates,
            "--out", output, "--slug", slug, "--output-list", list);
        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return new Run(process);
    }

    private sealed record Run(Process Process)
    {
        public int Finish()
        {
            using (Process)
            {
                Assert.True(Process.WaitForExit(TimeSpan.FromSeconds(60)), "The render did not finish in 60 s.");
                return Process.ExitCode;
            }
        }
    }
}
