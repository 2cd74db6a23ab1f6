using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;

namespace Briefings.Benchmarks.Scale.Processes;

/// <summary>Runs a program to its end with a given environment, timing it and sampling its process tree's memory.</summary>
internal static class ProcessRunner
{
    /// <summary>No step of a run may take longer (a cold build at 100,000 facts takes minutes, not an hour).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(90);

    public static ProcessResult Run(string program, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = StartInfo(program, workingDirectory, environment, arguments);
        using var memory = ProcessTree.Sample();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new ScaleRunException(Invariant($"{program} {string.Join(' ', arguments)} did not finish in {Limit.TotalMinutes} minutes."), string.Empty);
        }

        process.WaitForExit();
        var elapsed = watch.Elapsed;
        Task.WaitAll(stdout, stderr);
        return new ProcessResult(process.ExitCode, stdout.Result + stderr.Result, elapsed, Invariant($"> {program} {string.Join(' ', arguments)}"), memory.PeakBytes);
    }

    /// <summary>Throws <see cref="ScaleRunException"/> with the output when the program failed.</summary>
    public static ProcessResult Check(ProcessResult result, string what) => result.ExitCode == 0
        ? result
        : throw new ScaleRunException(Invariant($"{what} failed (exit code {result.ExitCode})."), result.Log);

    public static ProcessStartInfo StartInfo(string program, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

internal sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed, string CommandLine, long? PeakBytes)
{
    public string Log => CommandLine + "\n" + Output;
}

/// <summary>A step of the scale run failed: the run stops, prints this and the output's last lines, and writes what it has.</summary>
internal sealed class ScaleRunException(string message, string output) : Exception(message)
{
    public string Output { get; } = output;
}
