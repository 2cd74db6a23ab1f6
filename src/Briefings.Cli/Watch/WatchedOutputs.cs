using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering;
using Briefings.Rendering.Output;

namespace Briefings.Cli.Watch;

/// <summary>The briefings the watch loop wrote, by name and text: what the next cycle compares with to rewrite only what changed.</summary>
internal sealed class WatchedOutputs(string folder, string displayFolder)
{
    private readonly Dictionary<string, string> written = new(StringComparer.Ordinal);

    /// <summary>
    /// Rewrites only the files whose text changed and removes files this loop wrote that are no longer produced, all as
    /// one <see cref="OutputSet"/> transaction; the diagnostics of a failed write (the previous set stays whole).
    /// </summary>
    public (int Count, IReadOnlyList<string> Errors) Write(IReadOnlyList<RenderedFile> files)
    {
        var changed = files.Where(file => written.TryGetValue(file.Name, out var previous)
            ? previous != file.Content
            : !(File.Exists(Path.Combine(folder, file.Name)) && File.ReadAllText(Path.Combine(folder, file.Name)) == file.Content)).ToList();
        var stale = written.Keys.Except(files.Select(f => f.Name), StringComparer.Ordinal).ToList();
        var failed = OutputSet.Replace(folder, changed, stale, displayFolder);
        if (failed.Count > 0)
        {
            written.Clear(); // compare with the disk next time
            return (0, failed.Select(d => d.ToString()).ToList());
        }

        foreach (var name in stale)
        {
            written.Remove(name);
        }

        foreach (var file in files)
        {
            written[file.Name] = file.Content;
        }

        return (changed.Count, []);
    }
}
