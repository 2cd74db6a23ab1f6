using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Briefings.Cli.Watch;

/// <summary>
/// Whether a path is a regular file, following links: a named pipe, socket or device named <c>*.yaml</c> would block
/// the reader for ever (opening a pipe waits for a writer), and a link to nothing cannot be read. .NET cannot tell:
/// <c>FileInfo</c> calls a pipe Normal with length 0, and <c>File.Exists</c> is true for a link to nothing. So on
/// Linux and macOS this asks <c>stat</c> through the runtime's own System.Native library (<c>SystemNative_Stat</c>, the
/// call <c>FileInfo</c> itself makes; its <c>FileStatus</c> starts with two 32-bit fields, flags then the mode).
/// </summary>
internal static class RegularFiles
{
    private const int FileTypeMask = 0xF000; // S_IFMT, as System.Native reports it on every platform
    private const int RegularFile = 0x8000;  // S_IFREG

    public static bool Is(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // No pipes in a Windows folder; a link must lead to an existing file.
            var info = new FileInfo(path);
            return info.Exists && (info.LinkTarget is null || info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true });
        }

        var status = new byte[256]; // FileStatus is about 120 bytes; room to spare
        var utf8 = Encoding.UTF8.GetBytes(path + "\0");
        return Stat(utf8, status) == 0 && (BitConverter.ToInt32(status, 4) & FileTypeMask) == RegularFile;
    }

    // DllImport, not LibraryImport: byte arrays are blittable, so nothing is generated and no unsafe code is needed.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] status);
}
