using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Model;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>A version's time as templates see it: <c>iso</c> (as published), <c>rfc3339</c> (Atom), <c>slug</c>; writes itself in the page's language.</summary>
public sealed class VersionTimeValue : ScriptLeaf
{
    public VersionTimeValue(VersionTime time, LanguageFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Text = format.Date(time.Date) + (time.Time is { } t ? " " + t.ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC" : string.Empty);
        Member("iso", time.ToString());
        Member("rfc3339", time.Rfc3339);
        Member("slug", time.Slug);
        Member("text", Text);
    }

    public override string Text { get; }
}

/// <summary>
/// The <c>updates</c> object of one language (templates/README.md, "Updates"): the published versions newest first,
/// each with its facts added, removed and changed (old and new values written as the briefing writes them) and its
/// corrections. Links to the working facts (<c>fact</c>) where they still exist, so a template can link to them.
/// </summary>
public static class UpdatesView
{
    public static ScriptObject Build(VersionTimeline timeline, ValueText writer, LanguageFormat format, Func<string, ScriptObject?> working, string slug)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        var versions = new FrozenArray();
        foreach (var entry in timeline.Entries.Reverse())
        {
            versions.Add(Version(entry, writer, format, working));
        }

        var result = new ScriptObject();
        result.SetValue("versions", versions, readOnly: true);
        result.SetValue("latest", versions.Count > 0 ? versions[0] : null, readOnly: true);
        result.SetValue("first", versions.Count > 0 ? versions[^1] : null, readOnly: true);
        // tag: URIs (RFC 4151) need an authority and a date it was held: the story's slug and its first version's date.
        var first = timeline.Entries.Count > 0 ? timeline.Entries[0].Version.Time.Instant.ToString("yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        result.SetValue("tag", first is null ? null : $"tag:{slug},{first}:", readOnly: true);
        result.IsReadOnly = true;
        return result;
    }

    private static ScriptObject Version(VersionEntry entry, ValueText writer, LanguageFormat format, Func<string, ScriptObject?> working)
    {
        var state = entry.Version.State;
        var facts = new FrozenArray();
        foreach (var change in entry.Changes.Facts)
        {
            facts.Add(Fact(change, writer, state, entry.Previous, working));
        }

        var corrections = new FrozenArray();
        foreach (var correction in entry.Changes.Corrections)
        {
            var corrects = new FrozenArray();
            foreach (var key in correction.Corrects)
            {
                var target = state.Facts.GetValueOrDefault(key);
                corrects.Add(Object(
                    ("title", target is null ? key : writer.Title(target, state)),
                    ("date", target is null ? null : writer.Date(target, state)),
                    ("fact", working(key))));
            }

            corrections.Add(Object(
                ("title", writer.NoteTitle(correction.Note, state)),
                ("text", writer.NoteText(correction.Note, state)),
                ("note", working(correction.Note.Key)),
                ("corrects", corrects)));
        }

        var time = entry.Version.Time;
        return Object(
            ("time", new VersionTimeValue(time, format)),
            ("anchor", "update-" + time.Slug),
            ("is_first", entry.IsFirst),
            ("fact_count", state.Facts.Count),
            ("facts", facts),
            ("corrections", corrections));
    }

    private static ScriptObject Fact(FactChange change, ValueText writer, ModelState state, ModelState? previous, Func<string, ScriptObject?> working)
    {
        var fact = change.Fact;
        var factState = change.New is null ? previous! : state;
        var fields = new FrozenArray();
        foreach (var field in change.Fields)
        {
            fields.Add(Object(
                ("label", writer.FieldLabel(fact.Kind, field.Field)),
                ("old", field.Old is null ? null : writer.Field(change.Old!, field.Field, field.Old, previous!)),
                ("new", field.New is null ? null : writer.Field(change.New!, field.Field, field.New, state))));
        }

        return Object(
            ("change", change.Change.ToString().ToLowerInvariant()),
            ("kind", fact.Kind),
            ("kind_label", writer.KindLabel(fact.Kind)),
            ("id", fact.Id),
            ("title", writer.Title(fact, factState)),
            ("date", writer.Date(fact, factState)),
            ("fact", working(fact.Key)),
            ("fields", fields));
    }

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in members)
        {
            result.SetValue(name, value, readOnly: true);
        }

        result.IsReadOnly = true;
        return result;
    }
}
