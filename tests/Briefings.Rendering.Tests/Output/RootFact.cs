using System;
using System.Diagnostics;
using Xunit;

namespace Briefings.Rendering.Tests.Output;

/// <summary>A test that needs root (to mount a small tmpfs as a full disk, or to make a file immutable with chattr): skipped, with that reason, for anyone else. CI runs as root.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "Needs root on Linux: it mounts a 256 KiB tmpfs as a full disk or makes a file immutable with chattr +i.";
        }
        else if (Probe.Value is { } missing)
        {
            Skip = "Root, but this machine cannot do what the test needs (a container without mount or chattr): " + missing;
        }
    }

    /// <summary>Whether mount and chattr work here, tried once per test run: null if both do, else what failed.</summary>
    private static readonly Lazy<string?> Probe = new(() =>
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("briefings-root-probe-").FullName;
        try
        {
            var file = System.IO.Path.Combine(folder, "f");
            System.IO.File.WriteAllText(file, "x");
            Shell.Run("chattr", "+i", file);
            Shell.Run("chattr", "-i", file);
            var mounted = System.IO.Path.Combine(folder, "m");
            System.IO.Directory.CreateDirectory(mounted);
            Shell.Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mounted);
            Shell.Run("umount", mounted);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return e.Message;
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    });
}

/// <summary>Runs a system command a root test needs; fails the test with its output if it fails.</summary>
internal static class Shell
{
    public static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
