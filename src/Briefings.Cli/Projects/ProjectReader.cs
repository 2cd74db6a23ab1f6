using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Briefings.Cli.Output;

namespace Briefings.Cli.Projects;

/// <summary>Asks MSBuild for a story project's properties: <c>dotnet msbuild &lt;project&gt; -getProperty:A -getProperty:B ...</c> (SDK 8 and later).</summary>
internal static class ProjectReader
{
    public static StoryProject Read(string? given, Terminal terminal)
    {
        var projectFile = StoryProject.FindProjectFile(given, Environment.CurrentDirectory);
        terminal.Progress($"Reading the properties of {Path.GetFileName(projectFile)} (dotnet msbuild)...");
        try
        {
            var (exitCode, output) = RunMsBuild(projectFile);
            if (exitCode != 0)
            {
                throw new ProjectException($"dotnet msbuild could not read {projectFile} (exit code {exitCode}):\n{output.Trim()}");
            }

            return StoryProject.FromMsBuildJson(projectFile, output);
        }
        finally
        {
            terminal.EndProgress();
        }
    }

    private static (int ExitCode, string Output) RunMsBuild(string projectFile)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(projectFile)!,
        };
        foreach (var argument in new[] { "msbuild", projectFile, "-nologo" }.Concat(StoryProject.Properties.Select(p => "-getProperty:" + p)))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = Task.Run(process.StandardError.ReadToEnd);
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new ProjectException($"dotnet could not be started to read {projectFile}: {ex.Message}");
        }
    }

    /// <summary>The dotnet that runs this tool (so the same SDK evaluates the project), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            return host;
        }

        var process = Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
