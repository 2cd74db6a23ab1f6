using System;
using System.Collections.Generic;
using System.IO;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests.Infrastructure;

/// <summary>
/// A story made by `dotnet new briefings-story`, from the locally packed template package installed into a private
/// template hive: <see cref="Folder"/> holds the .slnx, the story project (<see cref="Story"/>) and its test project.
/// </summary>
public sealed class Starter
{
    private Starter(string folder, string name, IReadOnlyDictionary<string, string> environment)
    {
        Folder = folder;
        Name = name;
        Environment = environment;
    }

    public string Folder { get; }

    public string Name { get; }

    /// <summary>The story project's folder: the project file, facts/ and, once built, briefings/.</summary>
    public string Story => Path.Combine(Folder, Name);

    /// <summary>The test project's folder: BriefingTests.cs and its verified files.</summary>
    public string Tests => Path.Combine(Folder, Name + ".Tests");

    /// <summary>The restore settings of the local feed, and no accept switch inherited from the outer test run.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public string CreateOutput { get; private set; } = string.Empty;

    public static Starter Create(PackedFeed feed, string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var environment = new Dictionary<string, string>(feed.UseFeedIn(parent)) { [AcceptVariable] = string.Empty };
        var hive = Path.Combine(parent, ".hive");
        var install = DotnetCli.Run(parent, environment, "new", "install", feed.TemplatePackagePath, "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains("briefings-story", install.Output, StringComparison.Ordinal);
        var folder = Path.Combine(parent, name);
        var create = DotnetCli.Run(parent, environment, "new", "briefings-story", "-n", name, "-o", folder, "--debug:custom-hive", hive);
        Assert.True(create.ExitCode == 0, create.Output);
        return new Starter(folder, name, environment) { CreateOutput = create.Output };
    }

    public const string AcceptVariable = "BRIEFINGS_ACCEPT_SNAPSHOTS";

    /// <summary>One shell command as a README prints it, run by bash in <paramref name="folder"/> (environment settings included).</summary>
    public (int ExitCode, string Output) Shell(string folder, string command)
    {
        var start = DotnetCli.StartInfo(folder, Environment);
        start.FileName = "bash";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = System.Threading.Tasks.Task.Run(process.StandardOutput.ReadToEnd);
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(command + " did not finish in 5 minutes.");
        }

        return (process.ExitCode, "$ " + command + "\n" + stdout.Result + stderr);
    }
}
