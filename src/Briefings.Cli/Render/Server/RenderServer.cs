using System;
using System.CommandLine;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using Briefings.Cli.CommandLine;

namespace Briefings.Cli.Render.Server;

/// <summary>
/// <c>briefings render-server</c>: keeps the renderer loaded and its code compiled between builds, as the compiler server
/// does for csc, so an edit's build does not pay for starting and JIT-compiling a render process (most of a small story's
/// render). Started by the build's render when the compiler server is on (`UseSharedCompilation` not false) and
/// `BriefingsRenderServer` is not false; one render at a time; exits after <see cref="IdleTimeout"/> without work or
/// after <see cref="MaxRenders"/> renders (each loads a model assembly, which stays loaded until the process ends).
/// </summary>
internal static class RenderServer
{
    public const string CommandName = "render-server";

    /// <summary>How a render's last line says the warm server did it ("Rendered 7 files in 212 ms by the render server.").</summary>
    public const string RenderedBy = " by the render server";

    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private const int MaxRenders = 50;

    public static Command CreateCommand()
    {
        var endpoint = CommandLines.Text("--endpoint", "socket", "The socket to listen on (the render client chooses it).");
        var stop = new Option<bool>("--stop") { Description = "Stops this tool's render server, if one runs." };
        var command = new Command(CommandName, "The warm render server the build starts and stops by itself (internal).")
        {
            endpoint, stop,
        };
        command.Hidden = true;
        command.SetAction(result =>
        {
            if (result.GetValue(stop))
            {
                Console.WriteLine(RenderServerClient.Stop() ? "Render server stopped." : "No render server was running.");
                return 0;
            }

            return result.GetValue(endpoint) is { } path ? Serve(path) : CommandLines.UsageError;
        });
        return command;
    }

    private static int Serve(string endpoint)
    {
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(endpoint));
        }
        catch (SocketException)
        {
            return 0; // another build started a server for this tool first: it serves
        }

        try
        {
            listener.Listen(16);
            WarmUp();
            for (var renders = 0; renders < MaxRenders; renders++)
            {
                using var idle = new CancellationTokenSource(IdleTimeout);
                Socket client;
                try
                {
                    client = listener.AcceptAsync(idle.Token).AsTask().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                using (client)
                {
                    if (!Handle(client))
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            File.Delete(endpoint);
        }

        return 0;
    }

    /// <summary>Renders the request the server was started for, writing nothing, so its first real request finds it warm.</summary>
    private static void WarmUp()
    {
        try
        {
            if (Console.In.ReadLine() is { } line && JsonSerializer.Deserialize(line, RenderServerJson.Default.RenderServerRequest)?.Render is { } render)
            {
                RenderCommand.Rehearse(render);
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
        }
    }

    /// <summary>One request: a render answered with its output and exit code, or a stop (false).</summary>
    private static bool Handle(Socket client)
    {
        client.ReceiveTimeout = (int)RequestTimeout.TotalMilliseconds;
        using var stream = new NetworkStream(client, ownsSocket: false);
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        RenderServerRequest? request;
        try
        {
            request = reader.ReadLine() is { } line ? JsonSerializer.Deserialize(line, RenderServerJson.Default.RenderServerRequest) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return true; // a client that sent nothing sensible: answer nothing, serve the next
        }

        if (request is null)
        {
            return true;
        }

        if (request.Stop || request.Render is null)
        {
            writer.WriteLine(JsonSerializer.Serialize(new RenderServerResponse(request.Stop ? 0 : CommandLines.UsageError, ""), RenderServerJson.Default.RenderServerResponse));
            return !request.Stop;
        }

        var output = new StringWriter { NewLine = "\n" };
        var exitCode = RenderCommand.RunHere(request.Render, output, RenderedBy);
        try
        {
            writer.WriteLine(JsonSerializer.Serialize(new RenderServerResponse(exitCode, output.ToString()), RenderServerJson.Default.RenderServerResponse));
        }
        catch (IOException)
        {
            // The build went away (cancelled); its files are written or not, as a render here always leaves them.
        }

        return true;
    }
}
