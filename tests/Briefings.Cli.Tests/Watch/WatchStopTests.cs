using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>A plain <c>kill</c> (SIGTERM), as a service manager or a shell script stops it, ends the watch loop and its server with exit code 0.</summary>
public class WatchStopTests
{
    [Fact]
    public async Task SIGTERM_stops_the_watch_and_its_server()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no SIGTERM to send
        }

        using var temp = new TempFolder();
        var start = DotnetCli.StartInfo(temp.Path, null, RepositoryPaths.Tool, "watch", "--port", "0",
            "--model", typeof(Briefings.Story.Facts).Assembly.Location, "--facts", RepositoryPaths.Seeds,
            "--templates", RepositoryPaths.Templates, "--out", temp.Path, "--root", RepositoryPaths.Root);
        using var watch = Process.Start(start)!;
        try
        {
            _ = watch.StandardError.ReadToEndAsync();
            string? line;
            while ((line = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2))) is not null && !line.StartsWith("Watching ", StringComparison.Ordinal))
            {
            }

            Assert.NotNull(line);
            using (var kill = Process.Start("kill", ["-TERM", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await watch.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, watch.ExitCode);
            Assert.True(File.Exists(Path.Combine(temp.Path, "deepseek-shock.en.html")));
        }
        finally
        {
            if (!watch.HasExited)
            {
                watch.Kill(entireProcessTree: true);
            }
        }
    }
}
