using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefings.Cli.Watch.Server;

/// <summary>What the open pages need to know: which render they show and what is broken now.</summary>
internal sealed record LiveState(long Version, IReadOnlyList<string> Errors, string Home);

/// <summary>
/// Serves the briefings folder on a loopback port, like <c>hugo server</c>: every HTML page gets a small script that
/// listens on a server-sent event stream, reloads when a render finishes, and overlays the located errors while the
/// facts or templates are broken. Loopback only, GET only, regular files inside the briefings folder only.
/// Kestrel (ASP.NET Core's shared framework) rather than HttpListener: it parses, answers and closes malformed
/// requests itself, bounds header sizes and idle times, and sees a client leave, so a server left running all day
/// holds no socket for a client that is gone.
/// </summary>
internal sealed class LiveServer : IDisposable
{
    public const string EventsPath = "/__briefings/events";
    public const string StatusPath = "/__briefings/status";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string root;
    private readonly Func<LiveState> state;
    private readonly EventStreams streams;
    private readonly CancellationTokenSource stopping = new();
    private readonly WebApplication app;
    private int port;

    public LiveServer(string outputDirectory, int port, Func<LiveState> state, TimeSpan? writeTimeout = null)
    {
        root = Path.GetFullPath(outputDirectory);
        this.port = port;
        this.state = state;
        streams = new EventStreams(writeTimeout ?? TimeSpan.FromSeconds(10), heartbeat: TimeSpan.FromSeconds(15), maxClients: 256);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            kestrel.Listen(IPAddress.Loopback, port);
        });
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public Uri Address => new($"http://127.0.0.1:{port}/");

    /// <summary>Open event streams (for tests).</summary>
    public int StreamCount => streams.Count;

    public void Start()
    {
        app.StartAsync().GetAwaiter().GetResult();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (bound is not null)
        {
            port = new Uri(bound).Port; // the port Kestrel picked for port 0
        }
    }

    /// <summary>Tells every open page about a new state: reload after a render, or show the errors. Never blocks.</summary>
    public void Publish(LiveState current)
        => streams.Publish(current.Errors.Count > 0 ? ErrorsEvent(current) : $"event: reload\ndata: {current.Version}\n\n");

    public void Dispose()
    {
        stopping.Cancel();
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            await ServeAsync(context).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever a request does, it is answered and closed, and the server goes on.
        catch (Exception) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            context.Response.Clear();
            await ReplyAsync(context.Response, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", Utf8.GetBytes("Bad request\n")).ConfigureAwait(false);
        }
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
            context.Abort();
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;

        // Refuse other host names (DNS rebinding) and anything but GET.
        if (!HttpMethods.IsGet(request.Method) || !IsLoopbackHost(request.Host.Host))
        {
            await ReplyAsync(response, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", Utf8.GetBytes("Forbidden\n")).ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value ?? string.Empty;
        var current = state();
        if (path == EventsPath)
        {
            await streams.ServeAsync(context, Greeting(current, request.Query["v"].FirstOrDefault()), stopping.Token).ConfigureAwait(false);
            return;
        }

        if (path == StatusPath)
        {
            var json = JsonSerializer.Serialize(new { version = current.Version, errors = current.Errors });
            await ReplyAsync(response, StatusCodes.Status200OK, "application/json; charset=utf-8", Utf8.GetBytes(json)).ConfigureAwait(false);
            return;
        }

        if (path == "/")
        {
            response.Redirect("/" + Uri.EscapeDataString(current.Home));
            return;
        }

        var file = ServedFiles.Resolve(root, path);
        if (file is null)
        {
            await ReplyAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Utf8.GetBytes("Not found\n")).ConfigureAwait(false);
            return;
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        var body = extension == ".html"
            ? Utf8.GetBytes(LiveScript.Inject(await File.ReadAllTextAsync(file, Utf8, context.RequestAborted).ConfigureAwait(false), current))
            : await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        await ReplyAsync(response, StatusCodes.Status200OK, ContentType(extension), body).ConfigureAwait(false);
    }

    /// <summary>The first event: the page was rendered before the latest render finished? Reload it at once, or it would miss the event.</summary>
    private static string Greeting(LiveState current, string? pageVersion)
        => "retry: 500\n\n"
            + (current.Errors.Count > 0 ? ErrorsEvent(current)
                : pageVersion is not null && pageVersion != current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ? $"event: reload\ndata: {current.Version}\n\n" : string.Empty);

    private static string ErrorsEvent(LiveState current) => "event: errors\ndata: " + JsonSerializer.Serialize(current.Errors) + "\n\n";

    private static bool IsLoopbackHost(string host) => host is "127.0.0.1" or "localhost";

    private static string ContentType(string extension) => extension switch
    {
        ".html" => "text/html; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private static async Task ReplyAsync(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body).ConfigureAwait(false);
    }
}
