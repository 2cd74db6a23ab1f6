using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Output;
using Briefings.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>What a publish did: the file written (null if none), a sentence for the editor, and any diagnostics.</summary>
public sealed record PublishOutcome(string? Written, string Message, IReadOnlyList<RenderDiagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Records the model's facts as a published version (<c>versions/&lt;time&gt;.json</c> in the facts folder). The time is
/// the editor's (<c>--at</c>) or the story's own (the latest date field of its masthead fact, found by presentation);
/// never the clock. Publishing facts identical to the last version writes nothing and says so.
/// </summary>
public static class Publisher
{
    public const string MastheadPresentation = "masthead";

    public static PublishOutcome Publish(IFactModel model, string versionsFolder, string displayRoot, string? at)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(versionsFolder);
        var diagnostics = new List<RenderDiagnostic>();
        var history = VersionHistory.Load(versionsFolder, displayRoot, ModelState.ShapeOf(model), diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return new PublishOutcome(null, "Nothing published: the versions folder has errors.", diagnostics);
        }

        var state = ModelState.From(model);
        var latest = history.Latest;
        if (latest is not null && FactDiff.Compare(latest.State, state, model.Kinds.Select(k => k.Descriptor).ToList()).IsEmpty)
        {
            return new PublishOutcome(null, $"Nothing to publish: the facts are those of the version published at {latest.Time} ({latest.File}).", diagnostics);
        }

        if (TimeOf(model, at, diagnostics) is not { } time)
        {
            return new PublishOutcome(null, "Nothing published.", diagnostics);
        }

        if (latest is not null && (time <= latest.Time || time.SameMoment(latest.Time)))
        {
            diagnostics.Add(RenderDiagnostics.PublishTime.NoLocation($"{time} is not after the last version, published at {latest.Time} ({latest.File}); versions are ordered by time"));
            return new PublishOutcome(null, "Nothing published.", diagnostics);
        }

        var path = Path.Combine(versionsFolder, VersionFile.FileName(time));
        Directory.CreateDirectory(versionsFolder);
        AtomicFiles.Write(path, VersionFile.Write(time, state));
        var changes = FactDiff.Compare(latest?.State, state, model.Kinds.Select(k => k.Descriptor).ToList());
        var display = Path.GetRelativePath(displayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
        var what = latest is null
            ? $"the first version, {state.Facts.Count} facts"
            : $"{changes.Facts.Count} fact(s) added, removed or changed, {changes.Corrections.Count} correction(s)";
        return new PublishOutcome(path, $"Published the version of {time}: {display} ({what}).", diagnostics);
    }

    /// <summary>The editor's time, else the latest date of the masthead fact; null after a BRF124 diagnostic.</summary>
    private static VersionTime? TimeOf(IFactModel model, string? at, List<RenderDiagnostic> diagnostics)
    {
        if (at is not null)
        {
            var given = VersionTime.Parse(at, out var error);
            if (given is null)
            {
                diagnostics.Add(RenderDiagnostics.PublishTime.At("--at", 0, 0, error));
            }

            return given;
        }

        var masthead = model.Kinds.FirstOrDefault(k => k.Descriptor.Presentation == MastheadPresentation && k.Facts.Count > 0)?.Facts[0];
        var dates = masthead is null ? [] : masthead.Descriptor.Fields
            .Where(f => f.Type == FieldType.Date && !f.IsList)
            .Select(f => masthead.GetValue(f))
            .OfType<FactDate>()
            .ToList();
        if (dates.Count == 0)
        {
            diagnostics.Add(RenderDiagnostics.PublishTime.NoLocation("no --at was given, and the story has no masthead fact (present: masthead) with a date"));
            return null;
        }

        return VersionTime.Of(dates.Max());
    }
}
