using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Output;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Output;

/// <summary>
/// A set of briefings is one transaction: a failed write in the middle of it (a folder where a file goes, an
/// immutable file, a full disk) or a crash at any step leaves exactly the previous set or exactly the new one, and
/// the next run leaves no file of ours behind.
/// </summary>
public sealed class OutputSetTests : IDisposable
{
    private static readonly string[] Names = ["a.html", "b.md", "c.json", "d.html", "e.md", "f.json", "g.html"];
    private readonly TempFolder temp = new("briefings-set");

    private string Out => Path.Combine(temp.Path, "out");

    [Fact]
    public void A_folder_in_the_way_of_one_file_leaves_the_previous_set_whole()
    {
        Replace(Set("old", Names.Where(n => n != "d.html")));
        Directory.CreateDirectory(Path.Combine(Out, "d.html"));
        var before = OnDisk(Out);

        var failed = Replace(Set("new", Names));

        Assert.Equal("BRF106", Assert.Single(failed).Id);
        Assert.Contains("d.html", failed[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(before, OnDisk(Out));
        AssertNoLeftovers(Out);
    }

    [Fact]
    public void A_crash_at_any_step_is_finished_or_undone_by_the_next_run()
    {
        var old = Set("old", Names.Take(5));
        var next = Set("new", Names.Skip(2));
        var steps = new List<string>();
        Run(Path.Combine(temp.Path, "count"), old, next, crashAt: null, steps);
        Assert.True(steps.Count == (2 * next.Count) + 2 + 2, "Not one step per temp, rename and deletion, plus the journal and the clean-up: " + string.Join(", ", steps));

        for (var crashAt = 0; crashAt < steps.Count; crashAt++)
        {
            var folder = Path.Combine(temp.Path, "crash" + crashAt);
            Run(folder, old, next, crashAt, []);
            OutputSet.Recover(folder); // what the next build or watch start does first
            var after = OnDisk(folder);
            Assert.True(Same(after, old) || Same(after, next), $"After a crash before step {crashAt} ({steps[crashAt]}) and recovery: {string.Join(", ", after.Keys)}");
            AssertNoLeftovers(folder);
        }
    }

    [RootFact]
    public void An_immutable_file_in_the_middle_of_the_set_leaves_the_previous_set_whole()
    {
        Replace(Set("old", Names));
        var before = OnDisk(Out);
        var locked = Path.Combine(Out, "e.md");
        Shell.Run("chattr", "+i", locked);
        try
        {
            var failed = Replace(Set("new", Names));
            Assert.Contains(failed, d => d.Id == "BRF106");
        }
        finally
        {
            Shell.Run("chattr", "-i", locked);
        }

        Assert.Equal(before, OnDisk(Out));
        AssertNoLeftovers(Out);
    }

    [RootFact]
    public void A_full_disk_leaves_the_previous_set_whole()
    {
        Directory.CreateDirectory(Out);
        Shell.Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", Out);
        try
        {
            Replace(Set("old", Names));
            var before = OnDisk(Out);
            var big = Set("new", Names).Select((f, i) => i == 4 ? f with { Content = new string('x', 300_000) } : f).ToList();

            var failed = Replace(big);

            Assert.Contains(failed, d => d.Id == "BRF106");
            Assert.Equal(before, OnDisk(Out));
            AssertNoLeftovers(Out);
        }
        finally
        {
            Shell.Run("umount", Out);
        }
    }

    public void Dispose() => temp.Dispose();

    private static List<RenderedFile> Set(string version, IEnumerable<string> names)
        => names.Select(n => new RenderedFile(n, $"{version} {n}\n")).ToList();

    private IReadOnlyList<Diagnostics.RenderDiagnostic> Replace(IReadOnlyList<RenderedFile> files)
        => OutputSet.Replace(Out, files, OnDisk(Out).Keys.Where(k => !files.Any(f => f.Name == k) && File.Exists(Path.Combine(Out, k))).ToList(), "out");

    /// <summary>Writes <paramref name="old"/>, then replaces it with <paramref name="next"/>, crashing before step <paramref name="crashAt"/> (a throw nothing catches).</summary>
    private static void Run(string folder, List<RenderedFile> old, List<RenderedFile> next, int? crashAt, List<string> steps)
    {
        Assert.Empty(OutputSet.Replace(folder, old, [], "out"));
        OutputSet.BeforeStep = (directory, step) =>
        {
            if (directory != folder)
            {
                return;
            }

            if (steps.Count == crashAt)
            {
                throw new SimulatedCrash();
            }

            steps.Add(step);
        };
        try
        {
            var stale = old.Select(f => f.Name).Except(next.Select(f => f.Name)).ToList();
            Assert.Empty(OutputSet.Replace(folder, next, stale, "out"));
            Assert.Null(crashAt);
        }
        catch (SimulatedCrash)
        {
            Assert.NotNull(crashAt);
        }
        finally
        {
            OutputSet.BeforeStep = null;
        }
    }

    private static bool Same(SortedDictionary<string, string> disk, List<RenderedFile> set)
        => disk.Count == set.Count && set.All(f => disk.TryGetValue(f.Name, out var text) && text == f.Content);

    /// <summary>Every visible entry of the folder: file name to text (a folder shows as "(folder)").</summary>
    internal static SortedDictionary<string, string> OnDisk(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')))
        {
            result[entry.Name] = entry is DirectoryInfo ? "(folder)" : File.ReadAllText(entry.FullName);
        }

        return result;
    }

    /// <summary>Nothing of ours: no temp, backup or journal.</summary>
    internal static void AssertNoLeftovers(string folder)
        => Assert.Empty(Directory.EnumerateFiles(folder, ".*"));

    private sealed class SimulatedCrash : Exception
    {
    }
}
