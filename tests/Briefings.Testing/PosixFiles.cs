using System;
using System.Diagnostics;
using Xunit;

namespace Briefings.Testing;

/// <summary>Files only a POSIX system has in a folder (named pipes, dangling links), made the way a user would make them.</summary>
public static class PosixFiles
{
    public const string SkipReason = "Needs a POSIX file system with mkfifo (Linux or macOS); Windows has no named pipes in a folder.";

    /// <summary>A named pipe at <paramref name="path"/>, by the system's own <c>mkfifo</c>.</summary>
    public static void MakeFifo(string path)
    {
        var start = new ProcessStartInfo("mkfifo") { UseShellExecute = false };
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed with exit code {process.ExitCode}.");
        }
    }
}

/// <summary>A fact that needs <see cref="PosixFiles"/>: skipped, with the reason, on Windows.</summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = PosixFiles.SkipReason;
        }
    }
}
