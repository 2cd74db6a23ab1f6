using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Briefings.Cli.Render.Server;

/// <summary>
/// The build's side of the render server: hands a render to the warm server of this tool and prints what it printed. When
/// there is no server yet, it starts one for the next build and says so (false): the caller then renders itself, so a
/// build never waits for a server to start, and any failure of a server only costs the render it would have saved.
/// </summary>
internal static class RenderServerClient
{
    // A render of 100,000 facts takes minutes; a server that is silent for longer than this is not coming back.
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(30);

    public static bool TryRender(RenderOptions options, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        var endpoint = RenderServerEndpoint.ForThisTool();
        if (endpoint is null)
        {
            return false;
        }

        var request = new RenderServerRequest(options, Stop: false);
        if (!File.Exists(endpoint))
        {
            Start(endpoint, request);
            return false;
        }

        try
        {
            var response = Send(endpoint, request);
            if (response is null)
            {
                return false;
            }

            output.Write(response.Output);
            exitCode = response.ExitCode;
            return true;
        }
        catch (SocketException)
        {
            // A socket file with nobody listening: a server that was killed. Replace it.
            TryDelete(endpoint);
            Start(endpoint, request);
            return false;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Asks this tool's server, if one runs, to stop; true when one answered.</summary>
    public static bool Stop()
    {
        var endpoint = RenderServerEndpoint.ForThisTool();
        try
        {
            return endpoint is not null && File.Exists(endpoint) && Send(endpoint, new RenderServerRequest(null, Stop: true)) is not null;
        }
        catch (Exception ex) when (ex is SocketException or IOException or JsonException)
        {
            return false;
        }
    }

    private static RenderServerResponse? Send(string endpoint, RenderServerRequest request)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.ReceiveTimeout = (int)RenderTimeout.TotalMilliseconds;
        socket.Connect(new UnixDomainSocketEndPoint(endpoint));
        using var stream = new NetworkStream(socket, ownsSocket: false);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(JsonSerializer.Serialize(request, RenderServerJson.Default.RenderServerRequest));
        writer.Flush();
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var line = reader.ReadLine();
        return line is null ? null : JsonSerializer.Deserialize(line, RenderServerJson.Default.RenderServerResponse);
    }

    /// <summary>
    /// Starts a server in the background, detached from this process's output (the build's Exec waits for that output to
    /// close, and must not wait for the server). It warms up on the render it was started for, so the next build finds it warm.
    /// </summary>
    private static void Start(string endpoint, RenderServerRequest warmUp)
    {
        try
        {
            var host = Environment.ProcessPath ?? "dotnet";
            var start = new ProcessStartInfo(host)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(typeof(RenderServerClient).Assembly.Location);
            }

            start.ArgumentList.Add(RenderServer.CommandName);
            start.ArgumentList.Add("--endpoint");
            start.ArgumentList.Add(endpoint);
            // A server lives long: dynamic PGO pays off there, unlike in the one-render process the build runs.
            start.Environment.Remove("DOTNET_TieredPGO");
            using var server = Process.Start(start);
            if (server is not null)
            {
                server.StandardInput.WriteLine(JsonSerializer.Serialize(warmUp, RenderServerJson.Default.RenderServerRequest));
                server.StandardInput.Close();
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No server this time: the build renders itself, as it would with the server turned off.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
