using System.CommandLine;

namespace Briefings.Cli.CommandLine;

/// <summary>
/// <c>--project</c>: the story project whose paths watch, check and schema read from MSBuild (a project file, or the folder
/// that holds it; default: the current folder). Recursive, so it may come before the verb: `dotnet run` in this
/// repository passes it first (the tool's RunArguments) and the verb after the double dash.
/// </summary>
internal static class ProjectOption
{
    public static Option<string> Instance { get; } = Create();

    private static Option<string> Create()
    {
        var option = CommandLines.Text("--project", "path", "The story project (a project file or its folder) whose paths to use (default: the current folder).");
        option.Recursive = true;
        return option;
    }
}
