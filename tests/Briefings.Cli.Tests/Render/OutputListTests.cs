using System;
using System.IO;
using System.Linq;
using Briefings.Cli.Render;
using Briefings.Rendering;
using Briefings.Rendering.Output;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Render;

/// <summary>
/// The output list (what the last render wrote, so the next deletes what it no longer produces) stays true to the folder
/// whatever point a render stops at: a render that dies after its commit and before its last words still leaves a list
/// naming every file of ours, and a list that cannot be written stops the commit. Found by KilledRenderTests on CI: a
/// kill in that window left both sets of briefings for good.
/// </summary>
[Collection(nameof(OutputSet))] // OutputSet.BeforeStep is one static hook
public sealed class OutputListTests : IDisposable
{
    private readonly TempFolder temp = new("briefings-list");

    private string OutputFolder => Path.Combine(temp.Path, "out");

    private string OutputList => Path.Combine(temp.Path, "written.txt");

    [Fact]
    public void A_render_that_dies_after_its_commit_leaves_a_list_that_lets_the_next_render_delete_its_files()
    {
        var (output, list) = (OutputFolder, OutputList);
        Assert.Equal(0, Render("old", output, list));
        var old = Names(output);

        OutputSet.BeforeStep = (directory, step) =>
        {
            if (directory == output && step == "clean")
            {
                throw new SimulatedKill(); // every rename done, the journal still there, the exact list not yet written
            }
        };
        try
        {
            Assert.Throws<SimulatedKill>(() => Render("new", output, list));
        }
        finally
        {
            OutputSet.BeforeStep = null;
        }

        OutputSet.Recover(output);
        Assert.All(Names(output), name => Assert.StartsWith("new.", name, StringComparison.Ordinal));

        Assert.Equal(0, Render("old", output, list));
        Assert.Equal(old, Names(output));
        Assert.Equal(old.Select(name => Path.Combine(output, name)), File.ReadAllLines(list).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_list_that_cannot_be_written_is_an_error_and_the_folder_keeps_the_last_set()
    {
        var (output, list) = (OutputFolder, OutputList);
        Assert.Equal(0, Render("old", output, list));
        var before = Names(output);
        File.Delete(list);
        Directory.CreateDirectory(list); // a folder where the list goes

        var console = new StringWriter();
        Assert.Equal(1, RenderCommand.RunHere(StoryRender.Options("new", output, list), console));

        Assert.Contains("BRF", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("written.txt", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Names(output));
    }

    public void Dispose() => temp.Dispose();

    private static int Render(string slug, string output, string list) => RenderCommand.RunHere(StoryRender.Options(slug, output, list), TextWriter.Null);

    private static string[] Names(string folder)
        => Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private sealed class SimulatedKill : Exception
    {
    }
}
