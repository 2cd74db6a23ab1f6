using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Briefings.Watch.Server;

/// <summary>What the open pages need to know: which render they show and what is broken now.</summary>
internal sealed record LiveState(long Version, IReadOnlyList<string> Errors, string Home);

/// <summary>
/// Serves the briefings folder on a loopback port, like <c>hugo server</c>: every HTML page gets a small script that
/// listens on a server-sent event stream, reloads when a render finishes, and overlays the located errors while the
/// facts or templates are broken. Loopback only, GET only, files inside the briefings folder only.
/// </summary>
internal sealed class LiveServer : IDisposable
{
    public const string EventsPath = "/__briefings/events";
    public const string StatusPath = "/__briefings/status";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Func<LiveState> state;
    private readonly List<HttpListenerResponse> streams = [];
    private readonly Lock streamsLock = new();
    private readonly int port;

    public LiveServer(string outputDirectory, int port, Func<LiveState> state)
    {
        root = Path.GetFullPath(outputDirectory);
        this.port = port;
        this.state = state;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public Uri Address => new($"http://127.0.0.1:{port}/");

    public void Start()
    {
        listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Tells every open page about a new state: reload after a render, or show the errors.</summary>
    public void Publish(LiveState current)
    {
        var message = current.Errors.Count > 0 ? ErrorsEvent(current) : $"event: reload\ndata: {current.Version}\n\n";
        List<HttpListenerResponse> open;
        lock (streamsLock)
        {
            open = [.. streams];
        }

        foreach (var stream in open)
        {
            if (!TrySend(stream, message))
            {
                lock (streamsLock)
                {
                    streams.Remove(stream);
                }
            }
        }
    }

    /// <summary>A free loopback port, for tests and for <c>--port 0</c>.</summary>
    public static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var free = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return free;
    }

    public void Dispose()
    {
        lock (streamsLock)
        {
            foreach (var stream in streams)
            {
                stream.Abort();
            }

            streams.Clear();
        }

        listener.Close();
    }

    private async Task AcceptLoopAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;

            // Refuse other host names (DNS rebinding) and anything but GET.
            if (request.HttpMethod != "GET" || request.Url is null || !IsLoopbackHost(request.Url.Host))
            {
                Reply(response, 403, "text/plain; charset=utf-8", "Forbidden\n");
                return;
            }

            var path = request.Url.AbsolutePath;
            var current = state();
            if (path == EventsPath)
            {
                OpenStream(response, current, request.QueryString["v"]);
                return;
            }

            if (path == StatusPath)
            {
                Reply(response, 200, "application/json; charset=utf-8", JsonSerializer.Serialize(new { version = current.Version, errors = current.Errors }));
                return;
            }

            if (path == "/")
            {
                response.Redirect("/" + Uri.EscapeDataString(current.Home));
                response.Close();
                return;
            }

            var file = Resolve(path);
            if (file is null)
            {
                Reply(response, 404, "text/plain; charset=utf-8", "Not found\n");
                return;
            }

            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension == ".html")
            {
                var html = File.ReadAllText(file, Utf8);
                Reply(response, 200, "text/html; charset=utf-8", LiveScript.Inject(html, current));
                return;
            }

            Reply(response, 200, ContentType(extension), File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or UnauthorizedAccessException)
        {
            response.Abort(); // the page went away, or the file was being replaced: the browser retries
        }
    }

    private void OpenStream(HttpListenerResponse response, LiveState current, string? pageVersion)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;

        // The page was rendered before the latest render finished: reload it at once, or it would miss the event.
        var greeting = "retry: 500\n\n"
            + (current.Errors.Count > 0 ? ErrorsEvent(current)
                : pageVersion is not null && pageVersion != current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ? $"event: reload\ndata: {current.Version}\n\n" : string.Empty);
        if (TrySend(response, greeting))
        {
            lock (streamsLock)
            {
                streams.Add(response);
            }
        }
    }

    private static string ErrorsEvent(LiveState current) => "event: errors\ndata: " + JsonSerializer.Serialize(current.Errors) + "\n\n";

    private static bool TrySend(HttpListenerResponse response, string message)
    {
        try
        {
            var bytes = Utf8.GetBytes(message);
            response.OutputStream.Write(bytes, 0, bytes.Length);
            response.OutputStream.Flush();
            return true;
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The file a URL path names, if it lies inside the briefings folder; null otherwise.</summary>
    private string? Resolve(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Length == 0 || relative.Split('/', '\\').Any(part => part is ".." or "." || part.StartsWith('.')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static bool IsLoopbackHost(string host) => host is "127.0.0.1" or "localhost";

    private static string ContentType(string extension) => extension switch
    {
        ".md" => "text/markdown; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private static void Reply(HttpListenerResponse response, int status, string contentType, string body) => Reply(response, status, contentType, Utf8.GetBytes(body));

    private static void Reply(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body, 0, body.Length);
        response.Close();
    }
}
