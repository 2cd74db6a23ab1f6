using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Render;

/// <summary>
/// The warm render server (<c>briefings render --server</c>, what the build passes when the compiler server is on): the
/// first render starts it and renders itself; the next ones go through it and write the same bytes and the same
/// diagnostics; a dead server's socket costs nothing but a local render; <c>render-server --stop</c> stops it. Each test
/// has a socket folder of its own (BRIEFINGS_RENDER_SERVER_DIR) and stops its server when done.
/// </summary>
public sealed class RenderServerTests : IDisposable
{
    private static readonly string Model = typeof(Briefings.Story.Facts).Assembly.Location;
    private readonly TempFolder temp = new("briefings-render-server");
    private readonly Dictionary<string, string> environment;

    public RenderServerTests()
    {
        environment = new() { ["BRIEFINGS_RENDER_SERVER_DIR"] = Path.Combine(temp.Path, "sockets") };
    }

    [Fact]
    public void Renders_through_the_server_write_the_same_briefings_as_a_render_of_its_own()
    {
        var alone = Render("alone");
        Assert.True(alone.ExitCode == 0, alone.Output);

        var first = Render("first", "--server");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.DoesNotContain(" by the render server.", first.Output, StringComparison.Ordinal);
        WaitForServer();

        var served = Render("served", "--server");
        Assert.True(served.ExitCode == 0, served.Output);
        Assert.Contains(" by the render server.", served.Output, StringComparison.Ordinal);
        Assert.Equal(Lines(alone.Output, "alone"), Lines(served.Output, "served"));
        AssertSameFiles("alone", "served");
        AssertSameFiles("alone", "first");
    }

    [Fact]
    public void A_failed_render_through_the_server_reports_what_a_render_of_its_own_reports()
    {
        var badTemplates = Path.Combine(temp.Path, "bad-templates");
        Directory.CreateDirectory(badTemplates);
        File.Copy(Path.Combine(RepositoryPaths.Templates, "strings.json"), Path.Combine(badTemplates, "strings.json"));
        File.WriteAllText(Path.Combine(badTemplates, "briefing.md.sbn"), "{{ for x in 1..3 }}\n{{ x | no_such_function }}\n");

        var alone = Render("alone", "--templates", badTemplates);
        Render("first", "--server");
        WaitForServer();
        var served = Render("served", "--server", "--templates", badTemplates);

        Assert.Equal(1, alone.ExitCode);
        Assert.Equal(1, served.ExitCode);
        Assert.Contains("error BRF1", served.Output, StringComparison.Ordinal);
        Assert.Equal(Lines(alone.Output, "alone"), Lines(served.Output, "served"));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "served")) && Directory.EnumerateFiles(Path.Combine(temp.Path, "served")).Any());
    }

    [Fact]
    public void A_socket_nobody_listens_on_costs_only_a_render_of_its_own_and_a_new_server()
    {
        Render("first", "--server");
        WaitForServer();
        var socketPath = Path.Combine(environment["BRIEFINGS_RENDER_SERVER_DIR"], SocketName());
        Stop();
        Assert.True(SpinWait.SpinUntil(() => !File.Exists(socketPath), TimeSpan.FromSeconds(30)), "the stopped server left its socket");
        // What a killed server leaves: its socket file, bound once, listened on by nobody.
        using (var dead = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            dead.Bind(new UnixDomainSocketEndPoint(socketPath));
        }

        var rendered = Render("after-a-dead-server", "--server");

        Assert.True(rendered.ExitCode == 0, rendered.Output);
        Assert.DoesNotContain(" by the render server.", rendered.Output, StringComparison.Ordinal);
        AssertSameFiles("first", "after-a-dead-server");
        WaitForServer();
        Assert.Contains(" by the render server.", Render("served", "--server").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_stops_the_server_and_removes_its_socket()
    {
        Render("first", "--server");
        WaitForServer();

        var stop = DotnetCli.Run(temp.Path, environment, RepositoryPaths.Tool, "render-server", "--stop");

        Assert.Contains("Render server stopped.", stop.Output, StringComparison.Ordinal);
        Assert.True(SpinWait.SpinUntil(() => !Directory.EnumerateFiles(environment["BRIEFINGS_RENDER_SERVER_DIR"]).Any(), TimeSpan.FromSeconds(30)), "the socket file is still there");
        Assert.Contains("No render server was running.", DotnetCli.Run(temp.Path, environment, RepositoryPaths.Tool, "render-server", "--stop").Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Stop();
        temp.Dispose();
    }

    private (int ExitCode, string Output) Render(string output, params string[] extra)
    {
        var arguments = new List<string> { RepositoryPaths.Tool, "render", "--model", Model, "--templates", RepositoryPaths.Templates, "--out", Path.Combine(temp.Path, output), "--root", temp.Path };
        arguments.AddRange(extra);
        return DotnetCli.Run(temp.Path, environment, [.. arguments]);
    }

    /// <summary>A new server compiles its code on a warm-up render first; on a loaded machine that takes a while.</summary>
    private void WaitForServer()
    {
        var folder = environment["BRIEFINGS_RENDER_SERVER_DIR"];
        var ready = SpinWait.SpinUntil(() => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.sock").Any(), TimeSpan.FromSeconds(60));
        Assert.True(ready, "no render server started");
    }

    private void Stop() => DotnetCli.Run(temp.Path, environment, RepositoryPaths.Tool, "render-server", "--stop");

    private string SocketName() => Path.GetFileName(Directory.EnumerateFiles(environment["BRIEFINGS_RENDER_SERVER_DIR"]).Single());

    /// <summary>What a render printed, with its own output folder named the same and without the timing line.</summary>
    private static string[] Lines(string output, string folder) => output.Split('\n')
        .Skip(1)
        .Where(line => !line.StartsWith("Rendered ", StringComparison.Ordinal) && line.Length > 0)
        .Select(line => line.Replace("/" + folder + "/", "/OUT/", StringComparison.Ordinal))
        .ToArray();

    private void AssertSameFiles(string expected, string actual)
    {
        var names = Directory.EnumerateFiles(Path.Combine(temp.Path, expected)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(names);
        Assert.Equal(names, Directory.EnumerateFiles(Path.Combine(temp.Path, actual)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (var name in names)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(temp.Path, expected, name!)).SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Path, actual, name!))),
                $"{name} differs between the two renders");
        }
    }
}
