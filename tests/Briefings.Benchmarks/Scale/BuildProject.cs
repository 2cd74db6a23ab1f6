using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Benchmarks.Scale.Processes;

namespace Briefings.Benchmarks.Scale;

/// <summary>A project built with the real CLI (<c>dotnet build --no-restore</c>), restored once, under either SDK setting.</summary>
internal sealed class BuildProject(string directory, IReadOnlyDictionary<string, string?> variables)
{
    // The files `dotnet restore` writes into obj/: a cold build keeps them, so it can run with --no-restore.
    private static readonly string[] RestoreOutputs = ["project.assets.json", "project.nuget.cache", ".csproj.nuget.dgspec.json", ".csproj.nuget.g.props", ".csproj.nuget.g.targets"];

    public string Directory { get; } = directory;

    /// <summary>`dotnet new console` into <paramref name="folder"/>/<paramref name="name"/>, not restored.</summary>
    public static BuildProject NewConsole(string folder, string name, IReadOnlyDictionary<string, string?> variables)
    {
        var directory = Path.Combine(folder, name);
        System.IO.Directory.CreateDirectory(folder);
        ProcessRunner.Check(ProcessRunner.Run("dotnet", folder, SdkSettings.Workplace.With(variables), "new", "console", "-n", name, "-o", directory, "--framework", "net10.0", "--no-restore"), "dotnet new console");
        return new BuildProject(directory, variables);
    }

    public void Restore() => ProcessRunner.Check(ProcessRunner.Run("dotnet", Directory, SdkSettings.Workplace.With(variables), "restore", "-nologo"), "dotnet restore " + Directory);

    /// <summary>Deletes every build output but the restore's (bin/, briefings/, facts/.schema/, obj/ except restore files), then builds.</summary>
    public BuildResult Cold(string what, SdkSettings settings)
    {
        foreach (var folder in new[] { "bin", "briefings", Path.Combine("facts", ".schema") })
        {
            var path = Path.Combine(Directory, folder);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }

        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(Path.Combine(Directory, "obj")).ToList())
        {
            if (System.IO.Directory.Exists(entry))
            {
                System.IO.Directory.Delete(entry, recursive: true);
            }
            else if (!RestoreOutputs.Any(r => Path.GetFileName(entry).EndsWith(r, StringComparison.Ordinal)))
            {
                File.Delete(entry);
            }
        }

        if (settings.LeavesServers)
        {
            BuildServers.Shutdown(Directory);
        }

        return Build(what, settings);
    }

    public BuildResult Build(string what, SdkSettings settings, params string[] properties)
    {
        var result = ProcessRunner.Run("dotnet", Directory, settings.With(variables), ["build", "--no-restore", "-nologo", .. properties]);
        if (result.ExitCode != 0)
        {
            throw new ScaleRunException(string.Create(CultureInfo.InvariantCulture, $"{what} ({settings.Name}): dotnet build --no-restore failed in {Directory} (exit code {result.ExitCode})."), result.Log);
        }

        var render = Regex.Match(result.Output, @"Rendered \d+ files in (\d+) ms");
        return new BuildResult(result.Elapsed.TotalSeconds, result.Output, render.Success ? double.Parse(render.Groups[1].Value, CultureInfo.InvariantCulture) : null, result.PeakBytes);
    }
}

internal sealed record BuildResult(double Seconds, string Output, double? RenderMilliseconds, long? PeakBytes);

/// <summary>The compiler server and MSBuild nodes that stock-settings builds leave running.</summary>
internal static class BuildServers
{
    public static void Shutdown(string directory) =>
        ProcessRunner.Check(ProcessRunner.Run("dotnet", directory, SdkSettings.Stock.With(), "build-server", "shutdown"), "dotnet build-server shutdown");
}
