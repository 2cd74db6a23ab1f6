using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Briefings.Cli.Tests.Watch.Server;

/// <summary>HTTP spoken by hand over a loopback socket, so a test can send what no well-behaved client would.</summary>
internal static class RawHttp
{
    /// <summary>Sends the bytes, reads until the server closes (at most <paramref name="seconds"/>), returns the first line ("" if none).</summary>
    public static (string StatusLine, bool Closed) Send(int port, string request, int seconds = 5)
    {
        using var socket = Connect(port);
        socket.ReceiveTimeout = seconds * 1000;
        socket.Send(Encoding.Latin1.GetBytes(request));
        var received = new MemoryStream();
        var buffer = new byte[8192];
        var closed = false;
        try
        {
            int read;
            while ((read = socket.Receive(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }

            closed = true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
        {
            closed = true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
        {
            // still open after the bound: the server did not close it
        }

        var text = Encoding.Latin1.GetString(received.ToArray());
        var end = text.IndexOf("\r\n", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end], closed);
    }

    /// <summary>A GET that asks the server to close the connection after answering.</summary>
    public static string Get(string target) => $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

    public static Socket Connect(int port, int receiveBuffer = 0)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (receiveBuffer > 0)
        {
            socket.ReceiveBufferSize = receiveBuffer;
        }

        socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }

    /// <summary>This process's open sockets (Linux: the /proc/self/fd links named socket:[…]).</summary>
    public static int OpenSockets()
        => new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd =>
            {
                try
                {
                    return fd.LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true;
                }
                catch (IOException)
                {
                    return false; // closed while listing
                }
            });

    /// <summary>This process's resident memory in bytes (Linux: VmRSS in /proc/self/status).</summary>
    public static long ResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
