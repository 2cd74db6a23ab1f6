using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace Briefings.Benchmarks.Scale.Processes;

/// <summary>A long-running program (our watch, <c>hugo server</c>) whose output lines are collected as they come.</summary>
internal sealed class BackgroundProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly ProcessTree.Sampler memory = ProcessTree.Sample();

    public BackgroundProcess(string program, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        process = new Process { StartInfo = ProcessRunner.StartInfo(program, workingDirectory, environment, arguments) };
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        CommandLine = program + " " + string.Join(' ', arguments);
    }

    public string CommandLine { get; }

    /// <summary>The peak summed resident memory of this process tree (and any other descendant of the benchmark) so far.</summary>
    public long? PeakBytes => memory.PeakBytes;

    public int LineCount
    {
        get
        {
            lock (lines)
            {
                return lines.Count;
            }
        }
    }

    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Waits for a line after the first <paramref name="skip"/> that matches; throws with the output if the program ends or time runs out.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan timeout, int skip = 0)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            lock (lines)
            {
                var found = lines.Skip(skip).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }
            }

            if (process.HasExited)
            {
                throw new ScaleRunException($"{CommandLine} ended (exit code {process.ExitCode}) before printing the line waited for.", Output);
            }

            if (watch.Elapsed > timeout)
            {
                throw new ScaleRunException($"{CommandLine} did not print the line waited for in {timeout.TotalSeconds:F0} s.", Output);
            }

            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        memory.Dispose();
        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
