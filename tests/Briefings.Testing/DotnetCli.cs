using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Briefings.Testing;

/// <summary>Runs the real <c>dotnet</c> CLI, as a user would, and captures what it prints.</summary>
public static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
        => Run(workingDirectory, null, arguments);

    /// <summary>Runs <c>dotnet</c> with extra environment variables (a private NUGET_PACKAGES, say); the output starts with the command line.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var (exitCode, output, error) = Start(workingDirectory, environment, arguments);
        return (exitCode, "> dotnet " + string.Join(' ', arguments) + "\n" + output + error);
    }

    /// <summary>Runs one of the project's programs (<c>dotnet briefings.dll render ...</c>), keeping what it prints to stdout and stderr apart.</summary>
    public static (int ExitCode, string Output, string Error) RunProgram(string assemblyPath, params string[] arguments)
        => Start(Path.GetDirectoryName(assemblyPath)!, null, [assemblyPath, .. arguments]);

    private static (int ExitCode, string Output, string Error) Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = StartInfo(workingDirectory, environment, arguments);
        using var process = Process.Start(start)!;
        var stdout = Task.Run(process.StandardOutput.ReadToEnd);
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', arguments) + " did not finish in 5 minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>
    /// How every test starts <c>dotnet</c>: output redirected, and the settings developers and CI share (no compiler
    /// server, no node reuse, no logo noise). For a process a test drives itself, such as a watch loop it stops.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
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

        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
