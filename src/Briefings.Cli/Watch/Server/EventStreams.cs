using System;
using System.Collections.Concurrent;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Briefings.Cli.Watch.Server;

/// <summary>
/// The open pages' server-sent event streams. Publishing never writes to a socket: it drops the message into each
/// client's small queue (oldest dropped first: only the latest state matters to a page) and returns, so the watch
/// thread never waits on a browser. Each client's own task writes with a deadline; a client that stops reading, goes
/// away or misses a heartbeat is closed and forgotten.
/// </summary>
internal sealed class EventStreams(TimeSpan writeTimeout, TimeSpan heartbeat, int maxClients)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<Channel<string>, byte> clients = new();

    public int Count => clients.Count;

    /// <summary>Queues a message for every open stream; never blocks.</summary>
    public void Publish(string message)
    {
        foreach (var client in clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Serves one stream until the client leaves, stalls or the server stops.</summary>
    public async Task ServeAsync(HttpContext context, string greeting, CancellationToken stopping)
    {
        if (clients.Count >= maxClients)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var queue = Channel.CreateBounded<string>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        clients.TryAdd(queue, 0);
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            if (!await SendAsync(response, greeting, gone.Token).ConfigureAwait(false))
            {
                return;
            }

            while (true)
            {
                var message = await NextAsync(queue.Reader, gone.Token).ConfigureAwait(false) ?? ": ping\n\n";
                if (!await SendAsync(response, message, gone.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the client went away or the server is stopping
        }
        finally
        {
            clients.TryRemove(queue, out _);
            queue.Writer.TryComplete();
            context.Abort(); // a stream never ends cleanly: close the connection, whatever state it is in
        }
    }

    /// <summary>The next queued message, or null after a quiet heartbeat interval (a ping finds dead peers).</summary>
    private async Task<string?> NextAsync(ChannelReader<string> reader, CancellationToken gone)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(gone);
        quiet.CancelAfter(heartbeat);
        try
        {
            return await reader.ReadAsync(quiet.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!gone.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Writes and flushes within the deadline; false if the client did not take it in time.</summary>
    private async Task<bool> SendAsync(HttpResponse response, string message, CancellationToken gone)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(gone);
        deadline.CancelAfter(writeTimeout);
        try
        {
            await response.Body.WriteAsync(Utf8.GetBytes(message), deadline.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(deadline.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!gone.IsCancellationRequested)
        {
            return false; // stalled: its receive buffer is full
        }
        catch (System.IO.IOException)
        {
            return false;
        }
    }
}
