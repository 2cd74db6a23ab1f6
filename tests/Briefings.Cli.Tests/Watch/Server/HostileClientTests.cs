using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Briefings.Cli.Watch;
using Briefings.Testing;
using Briefings.Cli.Watch.Server;
using Xunit;

namespace Briefings.Cli.Tests.Watch.Server;

/// <summary>
/// The watch server against clients a day of editing (or any local process) can bring: malformed requests, event
/// streams that disconnect, a client that stops reading, links out of the served folder. Real sockets on 127.0.0.1,
/// every loop bounded in count and every wait in time. Linux: sockets are read from /proc/self, memory is the managed heap.
/// </summary>
[Collection(HostileClientTests.Alone)]
public sealed class HostileClientTests : IDisposable
{
    public const string Alone = "hostile clients, alone";

    private static readonly string[] Malformed =
    [
        RawHttp.Get("/%00"),
        RawHttp.Get("/a%00.en.html"),
        RawHttp.Get("/%ff%fe%fd"),
        RawHttp.Get("/..%2f..%2fetc%2fpasswd"),
        RawHttp.Get("/%2e%2e/%2e%2e/etc/passwd"),
        RawHttp.Get("/%5c..%5cetc%5cpasswd"),
        RawHttp.Get("/a.en.html%0d%0aSet-Cookie:%20x=y"),
        RawHttp.Get("/" + new string('a', 5000)),
        "HELLO\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n",
        "GET /a.en.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
        "POST /a.en.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
        "GET /a.en.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + new string('x', 100_000) + "\r\n\r\n",
        "GET /a.en.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n",
    ];

    private readonly TempFolder temp = new("briefings-server");
    private readonly LiveServer server;
    private LiveState state = new(1, [], "a.en.html");

    public HostileClientTests()
    {
        Directory.CreateDirectory(Served);
        File.WriteAllText(Path.Combine(Served, "a.en.html"), "<html><body><p>briefing</p></body></html>");
        Directory.CreateDirectory(Path.Combine(temp.Path, "outside"));
        File.WriteAllText(Path.Combine(temp.Path, "outside", "secret.txt"), "secret");
        server = new LiveServer(Served, 0, () => state, writeTimeout: TimeSpan.FromSeconds(2));
        server.Start();
    }

    private string Served => Path.Combine(temp.Path, "briefings");

    private int Port => server.Address.Port;

    [Fact]
    public void Every_malformed_request_is_answered_with_an_error_and_closed()
    {
        foreach (var request in Malformed)
        {
            var (status, closed) = RawHttp.Send(Port, request);
            var shown = request.Length > 60 ? request[..60] + "..." : request;
            Assert.True(closed, $"The server left the connection open after: {shown}");
            Assert.Matches(@"^HTTP/1\.1 [45]\d\d ", status);
        }

        Assert.StartsWith("HTTP/1.1 200 ", RawHttp.Send(Port, RawHttp.Get("/a.en.html")).StatusLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_out_of_the_served_folder_are_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(Served, "leak.md"), Path.Combine(temp.Path, "outside", "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(Served, "passwd.md"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(Served, "out"), Path.Combine(temp.Path, "outside"));

        foreach (var target in new[] { "/leak.md", "/passwd.md", "/out/secret.txt" })
        {
            Assert.StartsWith("HTTP/1.1 404 ", RawHttp.Send(Port, RawHttp.Get(target)).StatusLine, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Event_streams_that_disconnect_are_closed_by_the_server()
    {
        Warm();
        var before = RawHttp.OpenSockets();
        for (var i = 0; i < 100; i++)
        {
            using var client = OpenEvents();
        }

        for (var i = 0; i < 3; i++)
        {
            state = state with { Version = state.Version + 1 };
            server.Publish(state);
        }

        Assert.True(SettlesTo(before), $"Sockets: {before} before 100 event streams opened and closed, {RawHttp.OpenSockets()} after.");
    }

    [Fact]
    public async Task A_client_that_stops_reading_never_holds_up_publishing()
    {
        using var stalled = OpenEvents(receiveBuffer: 1024);
        using var reader = OpenEvents();
        var reading = Task.Run(() => ReadsUntil(reader, "data: 999\n", seconds: 40));
        var big = new LiveState(2, [new string('x', 200_000)], "a.en.html");
        var publishing = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                server.Publish(big with { Version = 100 + i });
            }
        });
        Assert.True(await Task.WhenAny(publishing, Task.Delay(TimeSpan.FromSeconds(15))) == publishing, "Publishing waited on a client that does not read.");

        // Keep publishing until the stalled stream misses its write deadline: the server closes and forgets it.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (server.StreamCount > 1 && DateTime.UtcNow < deadline)
        {
            server.Publish(big);
            await Task.Delay(200);
        }

        Assert.Equal(1, server.StreamCount);
        server.Publish(new LiveState(999, [], "a.en.html"));
        Assert.True(await reading, "The reading client never got the last event.");
    }

    [Fact]
    public void Thousands_of_hostile_requests_leave_sockets_and_memory_where_they_started()
    {
        var kinds = new (string Name, Func<bool> Send)[]
        {
            // A generous bound: the property is that the server closes each connection, not how fast on a loaded machine.
            ("/%00", () => RawHttp.Send(Port, RawHttp.Get("/%00"), seconds: 15).Closed),
            ("garbage", () => RawHttp.Send(Port, "HELLO\r\n\r\n", seconds: 15).Closed),
            ("a page", () => RawHttp.Send(Port, RawHttp.Get("/a.en.html"), seconds: 15).Closed),
            ("an event stream left at once", () =>
            {
                using var stream = OpenEvents();
                return true;
            }),
        };

        // The first few hundred requests grow pools and load code; count from after them.
        Run(kinds, 300, check: false);
        var sockets = RawHttp.OpenSockets();
        var memory = Settled();
        Run(kinds, 2000);
        Assert.True(SettlesTo(sockets), $"Sockets: {sockets} at the start, {RawHttp.OpenSockets()} after 2,000 of each kind.");
        var after = Settled();
        Assert.True(after <= memory * 1.1 + (1 << 20), $"Managed heap: {memory / 1024} KiB at the start, {after / 1024} KiB after 2,000 of each kind.");
    }

    private static void Run((string Name, Func<bool> Send)[] kinds, int count, bool check = true)
    {
        foreach (var (name, send) in kinds)
        {
            var open = 0;
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
            {
                if (!send())
                {
                    Interlocked.Increment(ref open);
                }
            });
            Assert.True(!check || open == 0, $"{open} of {count} requests of kind '{name}' were left open.");
        }
    }

    private static long Settled()
    {
        // The managed heap after a full collection, not the resident size: the process's resident memory also moves with
        // the runtime's own pools and with other test assemblies on a loaded machine (seen: +10.6% with no leak).
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public void Dispose()
    {
        server.Dispose();
        temp.Dispose();
    }

    /// <summary>The server's first requests load code and pools; count from after them.</summary>
    private void Warm()
    {
        for (var i = 0; i < 20; i++)
        {
            RawHttp.Send(Port, RawHttp.Get("/a.en.html"));
        }
    }

    private Socket OpenEvents(int receiveBuffer = 0)
    {
        var socket = RawHttp.Connect(Port, receiveBuffer);
        socket.Send(Encoding.ASCII.GetBytes($"GET {LiveServer.EventsPath} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        Assert.True(ReadsUntil(socket, "retry:", seconds: 10), "No event stream greeting.");
        return socket;
    }

    private static bool ReadsUntil(Socket socket, string marker, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var seen = new StringBuilder();
        var buffer = new byte[65536];
        socket.ReceiveTimeout = 1000;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var read = socket.Receive(buffer);
                if (read == 0)
                {
                    return false;
                }

                seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (seen.ToString().Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }

                seen.Remove(0, Math.Max(0, seen.Length - marker.Length)); // keep only what could start the marker
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
            {
                // keep waiting until the deadline
            }
        }

        return false;
    }

    /// <summary>Waits (at most 15 s) for the open sockets to come back to within 10% (and 4) of a count.</summary>
    private static bool SettlesTo(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (RawHttp.OpenSockets() > (count * 1.1) + 4)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }
}

/// <summary>The hostile-client tests count the process's sockets and heap: no other test of this assembly runs beside them.</summary>
[CollectionDefinition(HostileClientTests.Alone, DisableParallelization = true)]
public sealed class HostileClientsAlone
{
}
