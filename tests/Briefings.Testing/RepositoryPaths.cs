using System;
using System.IO;

namespace Briefings.Testing;

/// <summary>Where things are in the checkout, found from the test assembly's folder upwards.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reports.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Reports.sln was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root: the folder that holds Reports.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The <c>briefings</c> tool's assembly as src/Briefings.Cli built it, in the configuration the tests were built in (Debug or Release).</summary>
    public static string Tool => Path.Combine(ToolFolder, "briefings.dll");

    /// <summary>The folder of the tool's build output: what the Briefings package carries as <c>tools/briefings</c>.</summary>
    public static string ToolFolder
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(Root, "src", "Briefings.Cli", "bin", configuration, "net10.0");
        }
    }
}
