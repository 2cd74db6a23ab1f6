using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Briefings.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>Whether a fact came, went or changed between two states.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field of a fact whose value differs: null on a side means it had no value there.</summary>
public sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New);

/// <summary>One fact added, removed or changed (with its changed fields, in schema order).</summary>
public sealed record FactChange(ChangeKind Change, FactState? Old, FactState? New, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The fact as it is after the change, or as it was before its removal.</summary>
    public FactState Fact => New ?? Old!;
}

/// <summary>A note (a fact of a <c>present: notes</c> kind) added or changed, and the facts it refers to (<c>kind/id</c>): what it corrects.</summary>
public sealed record Correction(FactState Note, IReadOnlyList<string> Corrects);

/// <summary>What changed from one state of the facts to another.</summary>
public sealed record VersionChanges(IReadOnlyList<FactChange> Facts, IReadOnlyList<Correction> Corrections)
{
    public bool IsEmpty => Facts.Count == 0 && Corrections.Count == 0;
}

/// <summary>
/// The semantic diff: facts compared by <c>kind/id</c> and field by field on their recorded values (never on file
/// text, so moving a fact to another file or reformatting it is no change). A note kind is found by its presentation
/// (<c>present: notes</c>), never by its name: a note added or changed that refers to facts is a correction of those facts.
/// </summary>
public static class FactDiff
{
    public const string NotesPresentation = "notes";

    /// <param name="before">The earlier state, or null for a first version (every fact is then added).</param>
    /// <param name="after">The later state.</param>
    /// <param name="kinds">The schema's kinds (their descriptors order kinds and fields, and say which are notes).</param>
    public static VersionChanges Compare(ModelState? before, ModelState after, IReadOnlyList<RecordDescriptor> kinds)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(kinds);
        var order = kinds.Select((k, i) => (k.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var byName = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var old = before?.Facts ?? new Dictionary<string, FactState>();
        var changes = new List<FactChange>();
        var corrections = new List<Correction>();
        foreach (var key in old.Keys.Union(after.Facts.Keys).Distinct())
        {
            old.TryGetValue(key, out var was);
            after.Facts.TryGetValue(key, out var now);
            var descriptor = byName.GetValueOrDefault((now ?? was)!.Kind);
            var fields = FieldChanges(was, now, descriptor);
            if (was is not null && now is not null && fields.Count == 0)
            {
                continue;
            }

            // A first version's notes were there from the start: they note the sources' defects, they correct nothing published.
            if (before is not null && now is not null && descriptor?.Presentation == NotesPresentation && Referred(now, descriptor) is { Count: > 0 } corrects)
            {
                corrections.Add(new Correction(now, corrects));
                continue;
            }

            var change = was is null ? ChangeKind.Added : now is null ? ChangeKind.Removed : ChangeKind.Changed;
            changes.Add(new FactChange(change, was, now, change == ChangeKind.Changed ? fields : []));
        }

        int Rank(FactState fact) => order.TryGetValue(fact.Kind, out var i) ? i : int.MaxValue;
        return new VersionChanges(
            changes.OrderBy(c => Rank(c.Fact)).ThenBy(c => c.Fact.Id, StringComparer.Ordinal).ToList(),
            corrections.OrderBy(c => Rank(c.Note)).ThenBy(c => c.Note.Id, StringComparer.Ordinal).ToList());
    }

    private static List<FieldChange> FieldChanges(FactState? was, FactState? now, RecordDescriptor? descriptor)
    {
        var oldFields = was?.Fields ?? new Dictionary<string, JsonNode>();
        var newFields = now?.Fields ?? new Dictionary<string, JsonNode>();
        var names = oldFields.Keys.Union(newFields.Keys)
            .OrderBy(n => descriptor?.Field(n) is { } f ? f.Index : int.MaxValue).ThenBy(n => n, StringComparer.Ordinal);
        var result = new List<FieldChange>();
        foreach (var name in names)
        {
            var a = oldFields.GetValueOrDefault(name);
            var b = newFields.GetValueOrDefault(name);
            if (!JsonNode.DeepEquals(a, b))
            {
                result.Add(new FieldChange(name, a, b));
            }
        }

        return result;
    }

    /// <summary>The facts a note refers to through its reference fields (<c>kind/id</c>), in field order.</summary>
    internal static List<string> Referred(FactState note, RecordDescriptor descriptor)
    {
        var result = new List<string>();
        foreach (var field in descriptor.Fields.Where(f => f.Type == FieldType.Ref && f.Target is not null))
        {
            if (!note.Fields.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            var items = value is JsonArray list ? list.ToList() : [value];
            foreach (var item in items)
            {
                if (item is JsonValue id && id.TryGetValue<string>(out var text))
                {
                    result.Add(field.Target + "/" + text);
                }
            }
        }

        return result;
    }
}
