using System.CommandLine;
using Briefings.Cli.Output;
using Briefings.Cli.Projects;
using Briefings.Rendering.Versions;

namespace Briefings.Cli.Publish;

/// <summary>
/// <c>briefings publish [--at 2025-01-28T09:00:00Z] [--project p | --model m --facts dir --templates dir] [--root dir]</c>:
/// records the facts as they are now as a published version, <c>versions/&lt;time&gt;.json</c> in the facts folder, to
/// commit with them. The time is <c>--at</c>'s, else the latest date of the story's masthead fact; never the clock.
/// Exit code 0 when a version was written or there was nothing new to publish, 1 on an error.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var options = WorkingFacts.Options();
        var at = CommandLine.CommandLines.Text("--at", "time", "When the version is published: 2025-01-28T09:00:00Z (UTC) or a date (default: the latest date of the story's masthead fact, such as its `updated:`).");
        var command = new Command("publish", "Records the facts as they are now as a published version (versions/<time>.json in the facts folder), for readers' Updates and the Atom feed.")
        {
            options.Model, options.Facts, options.Templates, options.Root, at,
        };
        command.SetAction(result =>
        {
            var terminal = Terminal.Console();
            try
            {
                var paths = WorkingFacts.Paths(result, options, terminal);
                if (WorkingFacts.Load(paths, terminal) is not { } model)
                {
                    return 1;
                }

                var outcome = Publisher.Publish(model, paths.VersionsFolder, paths.DisplayRoot, result.GetValue(at));
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    terminal.WriteLine(diagnostic.ToString());
                }

                terminal.WriteLine(outcome.Succeeded ? outcome.Message : "error: " + outcome.Message, success: outcome.Written is not null);
                return outcome.Succeeded ? 0 : 1;
            }
            catch (ProjectException ex)
            {
                terminal.WriteLine("error: " + ex.Message);
                return 1;
            }
        });
        return command;
    }
}
