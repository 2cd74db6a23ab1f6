using System.CommandLine;
using Briefings.Cli.Check;
using Briefings.Cli.CommandLine;
using Briefings.Cli.Diff;
using Briefings.Cli.JsonSchemas;
using Briefings.Cli.Publish;
using Briefings.Cli.Render;
using Briefings.Cli.Render.Server;
using Briefings.Cli.Watch;

namespace Briefings.Cli;

/// <summary>
/// <c>briefings render|watch|check|schema|publish|diff [options]</c>. Exit code 0 on success, 1 when a verb ran and failed (an error in
/// the facts or templates, a project that cannot be read), 2 on a usage error.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => CommandLines.Run(CreateCommand(), args);

    public static RootCommand CreateCommand()
    {
        var root = new RootCommand("Briefings: render, watch, check, publish and diff a story's facts, and export their JSON Schemas.")
        {
            RenderOptions.CreateCommand(RenderCommand.Run),
            WatchCommand.Create(),
            CheckCommand.Create(),
            SchemaCommand.Create(),
            PublishCommand.Create(),
            DiffCommand.Create(),
            RenderServer.CreateCommand(),
        };
        root.Options.Add(ProjectOption.Instance);
        return root;
    }
}
