using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Briefings.Rendering.Model;
using Briefings.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>
/// A recorded value written in one language the way the briefing writes it: through the same <see cref="LanguageFormat"/>
/// (dates, numbers with the fact's own bound, direction and unit, found by role), enumeration labels, a reference as the
/// title of the fact it names in the same version. Total: a value it cannot read is written as recorded, never thrown.
/// </summary>
public sealed class ValueText
{
    private readonly string language;
    private readonly string fallback;
    private readonly LanguageFormat format;
    private readonly IReadOnlyDictionary<string, string> ui;
    private readonly IReadOnlyDictionary<string, RecordDescriptor> kinds;
    private readonly IReadOnlyDictionary<string, RecordDescriptor> structs;

    public ValueText(string language, string fallback, LanguageFormat format, IReadOnlyDictionary<string, string> ui, IReadOnlyDictionary<string, RecordDescriptor> kinds, IReadOnlyDictionary<string, RecordDescriptor> structs)
    {
        this.language = language;
        this.fallback = fallback;
        this.format = format;
        this.ui = ui;
        this.kinds = kinds;
        this.structs = structs;
    }

    public string Language => language;

    /// <summary>The label of a fact's kind, or of one of its fields, in this language.</summary>
    public string KindLabel(string kind) => kinds.TryGetValue(kind, out var d) ? d.LabelIn(language, fallback) : Labels.Humanize(kind);

    public string FieldLabel(string kind, string field) =>
        kinds.TryGetValue(kind, out var d) && d.Field(field) is { } f ? f.LabelIn(language, fallback) : Labels.Humanize(field);

    /// <summary>A fact's title (its <c>role: title</c> field) as recorded in <paramref name="state"/>, else its id.</summary>
    public string Title(FactState fact, ModelState state) =>
        Role(fact, FieldRole.Title) is { } field && fact.Fields.TryGetValue(field.Name, out var value) ? Write(value, field, fact, state) : fact.Id;

    /// <summary>A fact's date (its <c>role: date</c> field) in this language, or null.</summary>
    public string? Date(FactState fact, ModelState state) =>
        Role(fact, FieldRole.Date) is { } field && fact.Fields.TryGetValue(field.Name, out var value) ? Write(value, field, fact, state) : null;

    /// <summary>A note's headline: its title, else the label of its first enumeration with a value (the kind of defect), as the templates' note_title.</summary>
    public string NoteTitle(FactState note, ModelState state)
    {
        if (Role(note, FieldRole.Title) is not null || !kinds.TryGetValue(note.Kind, out var d))
        {
            return Title(note, state);
        }

        var field = d.Fields.FirstOrDefault(f => f.Type == FieldType.Enum && note.Fields.ContainsKey(f.Name));
        return field is null ? note.Id : Write(note.Fields[field.Name], field, note, state);
    }

    /// <summary>What a note says: its summary, else its first localized text (a reason), else null.</summary>
    public string? NoteText(FactState note, ModelState state)
    {
        if (!kinds.TryGetValue(note.Kind, out var d))
        {
            return null;
        }

        var field = d.WithRole(FieldRole.Summary) is { } summary && note.Fields.ContainsKey(summary.Name) ? summary
            : d.Fields.FirstOrDefault(f => f.Type == FieldType.Localized && !f.IsList && f.Role == FieldRole.None && note.Fields.ContainsKey(f.Name));
        return field is null ? null : Write(note.Fields[field.Name], field, note, state);
    }

    /// <summary>One field's recorded value of <paramref name="fact"/>, as the briefing writes it.</summary>
    public string Field(FactState fact, string fieldName, JsonNode value, ModelState state)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(value);
        return kinds.TryGetValue(fact.Kind, out var d) && d.Field(fieldName) is { } field ? Write(value, field, fact, state) : Raw(value);
    }

    private FieldDescriptor? Role(FactState fact, FieldRole role) => kinds.TryGetValue(fact.Kind, out var d) ? d.WithRole(role) : null;

    private string Write(JsonNode value, FieldDescriptor field, FactState? owner, ModelState state)
    {
        if (field.IsList && value is JsonArray list)
        {
            var separator = field.Type == FieldType.Struct ? Word("semicolon", "; ") : Word("list_separator", ", ");
            return string.Join(separator, list.Where(i => i is not null).Select(i => One(i!, field, owner, state)));
        }

        return One(value, field, owner, state);
    }

    private string One(JsonNode value, FieldDescriptor field, FactState? owner, ModelState state)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return field.Type switch
        {
            FieldType.Localized when value is JsonObject texts => Localized(texts) ?? Raw(value),
            FieldType.Date when VersionTime.Parse(text, out _) is { Time: null } time => format.Date(time.Date),
            FieldType.Percent when Number(text?.TrimEnd('%')) is { } n => format.Quantity(n, QuantityKind.Percent, Qualifiers(owner, state)),
            FieldType.Money when text?.Split(' ') is [var amount, var currency] && Number(amount) is { } n => format.Quantity(n, QuantityKind.Money, Qualifiers(owner, state), currency),
            FieldType.Integer or FieldType.Decimal when value is JsonValue number && number.TryGetValue<decimal>(out var n) =>
                HasQualifiers(owner) ? format.Quantity(n, QuantityKind.Number, Qualifiers(owner, state)) : n.ToString(CultureInfo.InvariantCulture),
            FieldType.Bool when value is JsonValue flag && flag.TryGetValue<bool>(out var b) => b ? Word("yes", "yes") : Word("no", "no"),
            FieldType.Enum when text is not null => field.EnumLabelIn(text, language, fallback),
            FieldType.Ref when text is not null => state.Facts.TryGetValue(field.Target + "/" + text, out var target) ? Title(target, state) : text,
            FieldType.Struct when value is JsonObject fields => Struct(fields, field, state),
            _ => text ?? Raw(value),
        };
    }

    private string? Localized(JsonObject texts)
    {
        string? In(string tag) => texts[tag] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return In(language) ?? In(fallback) ?? texts.Where(p => p.Key != "original").Select(p => p.Value?.ToString()).FirstOrDefault();
    }

    /// <summary>A struct's values in schema order, as the templates' show_struct writes them.</summary>
    private string Struct(JsonObject fields, FieldDescriptor field, ModelState state)
    {
        if (field.Target is null || !structs.TryGetValue(field.Target, out var d))
        {
            return string.Join(Word("list_separator", ", "), fields.Select(p => p.Value is null ? string.Empty : Raw(p.Value)));
        }

        var parts = d.Fields.Where(f => fields[f.Name] is not null).Select(f => Write(fields[f.Name]!, f, null, state));
        return string.Join(Word("list_separator", ", "), parts);
    }

    private bool HasQualifiers(FactState? owner) =>
        owner is not null && kinds.TryGetValue(owner.Kind, out var d) && (d.WithRole(FieldRole.Bound) ?? d.WithRole(FieldRole.Direction) ?? d.WithRole(FieldRole.Unit)) is not null;

    /// <summary>The fact's bound, direction and unit as recorded in the same version, by role.</summary>
    private Qualifiers Qualifiers(FactState? owner, ModelState state)
    {
        if (owner is null || !kinds.TryGetValue(owner.Kind, out var d))
        {
            return Model.Qualifiers.None;
        }

        string? Text(FieldDescriptor? f) => f is not null && owner.Fields.TryGetValue(f.Name, out var v)
            ? v is JsonObject texts ? Localized(texts) : v is JsonValue s && s.TryGetValue<string>(out var t) ? t : null
            : null;
        // Only words the page's format knows (the generator allows no others; a recorded value is not trusted blindly).
        var bound = Text(d.WithRole(FieldRole.Bound)) is { } b && format.Bounds.ContainsKey(b) ? b : null;
        var direction = Text(d.WithRole(FieldRole.Direction)) is { } w && format.Directions.ContainsKey(w) ? w : null;
        return new Qualifiers(bound, direction, Text(d.WithRole(FieldRole.Unit)));
    }

    private string Word(string key, string otherwise) => ui.TryGetValue(key, out var word) ? word : otherwise;

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Raw(JsonNode value) => value.ToJsonString();
}
