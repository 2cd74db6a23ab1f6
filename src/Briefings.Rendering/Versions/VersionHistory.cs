using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Diagnostics;

namespace Briefings.Rendering.Versions;

/// <summary>
/// A story's published versions, oldest first, read from the versions folder of its facts (<c>versions/*.json</c>).
/// Every file must be a version of this schema's shape, each at its own moment; otherwise a located diagnostic names
/// the file and the history is refused whole (an Updates section with a version silently missing would mislead readers).
/// </summary>
public sealed class VersionHistory
{
    private VersionHistory(IReadOnlyList<PublishedVersion> versions) => Versions = versions;

    public static VersionHistory Empty { get; } = new([]);

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<PublishedVersion> Versions { get; }

    public PublishedVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>The version published at <paramref name="time"/> (its text, as in the file), or null.</summary>
    public PublishedVersion? Find(string time) => Versions.FirstOrDefault(v => v.Time.ToString() == time);

    /// <summary>
    /// Reads every version in <paramref name="folder"/> (none if it does not exist). <paramref name="shape"/> is the current
    /// schema's (<see cref="ModelState.ShapeOf"/>); file names in diagnostics are relative to <paramref name="displayRoot"/>.
    /// </summary>
    public static VersionHistory Load(string? folder, string displayRoot, string shape, List<RenderDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (folder is null || !Directory.Exists(folder))
        {
            return Empty;
        }

        var errors = diagnostics.Count(d => d.IsError);
        var versions = new List<PublishedVersion>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(displayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, 0, 0, "cannot be read (" + ex.Message.TrimEnd('.') + ")"));
                continue;
            }

            if (VersionFile.Read(text, display, diagnostics) is not { } version)
            {
                continue;
            }

            if (ModelState.Incompatibility(version.State.Shape, shape) is { } stale)
            {
                var (line, column) = VersionFile.Locate(text, "schema");
                diagnostics.Add(RenderDiagnostics.VersionOtherSchema.At(display, line, column, version.Time.ToString(), stale.Field, stale.Now));
                continue;
            }

            versions.Add(version);
        }

        CheckMoments(versions, diagnostics);
        return diagnostics.Count(d => d.IsError) > errors ? Empty : new VersionHistory(versions.OrderBy(v => v.Time).ToList());
    }

    /// <summary>A history of versions already read (tests, and publish adding the new one).</summary>
    public static VersionHistory Of(IEnumerable<PublishedVersion> versions) => new(versions.OrderBy(v => v.Time).ToList());

    /// <summary>Two versions that stand for one moment cannot be ordered: each is reported at its time, naming the other.</summary>
    private static void CheckMoments(List<PublishedVersion> versions, List<RenderDiagnostic> diagnostics)
    {
        foreach (var group in versions.GroupBy(v => v.Time.Instant).Where(g => g.Count() > 1))
        {
            var files = group.ToList();
            for (var i = 0; i < files.Count; i++)
            {
                var other = files[(i + 1) % files.Count];
                diagnostics.Add(RenderDiagnostics.VersionTimeTaken.At(files[i].File, files[i].TimeLine, files[i].TimeColumn, files[i].Time.ToString(), other.File));
            }
        }
    }
}
