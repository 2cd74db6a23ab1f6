using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Briefings.Rendering.Versions;

/// <summary>
/// <c>briefings diff</c>'s output: what changed between two states of the facts, as text (one block per language, in
/// the words of templates/strings.json) or as JSON (recorded values and their text in every language).
/// </summary>
public static class DiffReport
{
    /// <summary>The text report; <paramref name="writers"/> has one writer per language, in the story's order.</summary>
    public static string Text(string fromName, string toName, ModelState? from, ModelState to, VersionChanges changes, IReadOnlyList<(ValueText Writer, IReadOnlyDictionary<string, string> Ui)> writers)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(writers);
        var text = new StringBuilder();
        int Count(ChangeKind kind) => changes.Facts.Count(f => f.Change == kind);
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"From {fromName} to {toName}: {Count(ChangeKind.Added)} added, {Count(ChangeKind.Removed)} removed, {Count(ChangeKind.Changed)} changed, {changes.Corrections.Count} correction(s).\n");
        foreach (var (writer, ui) in writers)
        {
            text.Append('\n').Append(writer.Language).Append(":\n");
            foreach (var change in changes.Facts)
            {
                var state = change.New is null ? from! : to;
                text.Append("  ").Append(Word(ui, "update_" + change.Change.ToString().ToLowerInvariant())).Append(Word(ui, "colon"))
                    .Append(writer.KindLabel(change.Fact.Kind)).Append(Word(ui, "colon")).Append(Heading(writer, change.Fact, state, ui)).Append('\n');
                foreach (var field in change.Fields)
                {
                    text.Append("    ").Append(writer.FieldLabel(change.Fact.Kind, field.Field)).Append(Word(ui, "colon"))
                        .Append(field.New is null ? Word(ui, "update_no_value") : writer.Field(change.New!, field.Field, field.New, to))
                        .Append(" (").Append(Word(ui, "update_was").Replace("{value}", field.Old is null ? Word(ui, "update_no_value") : writer.Field(change.Old!, field.Field, field.Old, from!), StringComparison.Ordinal)).Append(")\n");
                }
            }

            foreach (var correction in changes.Corrections)
            {
                var targets = correction.Corrects.Select(k => to.Facts.TryGetValue(k, out var f) ? Heading(writer, f, to, ui) : k);
                text.Append("  ").Append(Word(ui, "update_correction")).Append(Word(ui, "colon")).Append(writer.NoteTitle(correction.Note, to))
                    .Append(" (").Append(Word(ui, "update_corrects").Replace("{facts}", string.Join(Word(ui, "semicolon"), targets), StringComparison.Ordinal)).Append(")\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The JSON report: for each fact and field, the recorded old and new values and their text by language.</summary>
    public static string Json(string fromName, string toName, ModelState? from, ModelState to, VersionChanges changes, IReadOnlyList<ValueText> writers)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(writers);
        var facts = new JsonArray();
        foreach (var change in changes.Facts)
        {
            var state = change.New is null ? from! : to;
            var fields = new JsonArray();
            foreach (var field in change.Fields)
            {
                var texts = new JsonObject();
                foreach (var writer in writers)
                {
                    texts[writer.Language] = new JsonObject
                    {
                        ["old"] = field.Old is null ? null : writer.Field(change.Old!, field.Field, field.Old, from!),
                        ["new"] = field.New is null ? null : writer.Field(change.New!, field.Field, field.New, to),
                    };
                }

                fields.Add(new JsonObject { ["field"] = field.Field, ["old"] = field.Old?.DeepClone(), ["new"] = field.New?.DeepClone(), ["text"] = texts });
            }

            facts.Add(new JsonObject
            {
                ["change"] = change.Change.ToString().ToLowerInvariant(),
                ["kind"] = change.Fact.Kind,
                ["id"] = change.Fact.Id,
                ["title"] = Languages(writers, w => w.Title(change.Fact, state)),
                ["fields"] = fields,
            });
        }

        var corrections = new JsonArray();
        foreach (var correction in changes.Corrections)
        {
            corrections.Add(new JsonObject
            {
                ["note"] = correction.Note.Key,
                ["title"] = Languages(writers, w => w.NoteTitle(correction.Note, to)),
                ["corrects"] = new JsonArray(correction.Corrects.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
            });
        }

        var root = new JsonObject { ["from"] = fromName, ["to"] = toName, ["facts"] = facts, ["corrections"] = corrections };
        return VersionFile.Serialize(root, sortTop: false) + "\n";
    }

    /// <summary>"Nvidia, January 27, 2025": a fact's title and date as recorded.</summary>
    private static string Heading(ValueText writer, FactState fact, ModelState state, IReadOnlyDictionary<string, string> ui) =>
        writer.Date(fact, state) is { } date ? writer.Title(fact, state) + Word(ui, "list_separator") + date : writer.Title(fact, state);

    private static JsonObject Languages(IReadOnlyList<ValueText> writers, Func<ValueText, string> text)
    {
        var result = new JsonObject();
        foreach (var writer in writers)
        {
            result[writer.Language] = text(writer);
        }

        return result;
    }

    private static string Word(IReadOnlyDictionary<string, string> ui, string key) => ui.TryGetValue(key, out var word) ? word : key;
}
