using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace Briefings.Benchmarks.Scale.Processes;

/// <summary>
/// Peak memory of everything this benchmark starts: the summed resident memory (VmRSS, from <c>/proc/PID/statm</c>)
/// of every process below this one, sampled every 50 ms while a build or a watch runs. This process is made a child
/// subreaper, so the compiler server and the MSBuild nodes a stock-settings build leaves running stay in the tree and
/// are counted in every build they serve. A process that lives less than one sample is missed; on Linux only.
/// </summary>
internal static partial class ProcessTree
{
    private const int PrSetChildSubreaper = 36;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static bool Supported => OperatingSystem.IsLinux() && Directory.Exists("/proc");

    /// <summary>Orphans of our descendants (servers a build starts) are re-parented to this process instead of init.</summary>
    public static bool BecomeSubreaper() => Supported && SetChildSubreaper(PrSetChildSubreaper, 1, 0, 0, 0) == 0;

    /// <summary>Samples the summed resident memory of this process's descendants until disposed; <see cref="Sampler.PeakBytes"/>.</summary>
    public static Sampler Sample() => new();

    /// <summary>The summed resident bytes of the descendants of <paramref name="root"/> (not counting it), now.</summary>
    public static long DescendantsResidentBytes(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        long total = 0;
        foreach (var pid in parents.Keys)
        {
            if (pid != root && IsBelow(pid, root, parents))
            {
                total += ResidentBytes(pid);
            }
        }

        return total;
    }

    /// <summary>The parent pid from <c>/proc/PID/stat</c> ("pid (comm) state ppid ..."; comm may hold spaces and parentheses).</summary>
    internal static int? ParseParent(string stat)
    {
        var close = stat.LastIndexOf(')');
        var fields = close < 0 ? [] : stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    private static bool IsBelow(int pid, int root, Dictionary<int, int> parents)
    {
        for (var (current, depth) = (pid, 0); depth < 64 && parents.TryGetValue(current, out var parent); current = parent, depth++)
        {
            if (parent == root)
            {
                return true;
            }
        }

        return false;
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            return ParseParent(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // gone between listing and reading
        }
    }

    private static long ResidentBytes(int pid)
    {
        try
        {
            var fields = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            return fields.Length > 1 ? long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    [LibraryImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static partial int SetChildSubreaper(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    /// <summary>A background sampler of this process's descendants' summed resident memory.</summary>
    internal sealed class Sampler : IDisposable
    {
        private readonly Thread thread;
        private readonly ManualResetEventSlim stop = new();
        private long peak;

        public Sampler()
        {
            thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
            if (Supported)
            {
                thread.Start();
            }
        }

        /// <summary>The highest sum seen so far, or null where /proc is not there.</summary>
        public long? PeakBytes => Supported ? Interlocked.Read(ref peak) : null;

        public void Dispose()
        {
            stop.Set();
            if (thread.IsAlive)
            {
                thread.Join();
            }

            stop.Dispose();
        }

        private void Loop()
        {
            var self = Environment.ProcessId;
            do
            {
                var now = DescendantsResidentBytes(self);
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }
            }
            while (!stop.Wait(Interval));
        }
    }
}
