using System;
using System.Linq;
using Briefings.Facts.Helpers;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// The field roles (<c>role:</c>) and what each requires of its field. The bound and direction words are a fixed
/// vocabulary because the renderer writes each in the page's language (templates/strings.json, <c>format.bounds</c>
/// and <c>format.directions</c>); the runtime's <c>Briefings.Runtime.QuantityWords</c> holds the same lists.
/// </summary>
internal static class FieldRoleRules
{
    /// <summary>The role words, in the order of <see cref="FieldRole"/> after <see cref="FieldRole.None"/>.</summary>
    public static readonly string[] Roles = { "citations", "bound", "direction", "unit", "title", "summary", "date", "value", "quote", "highlight", "group", "languages", "disputes" };

    public static readonly string[] BoundWords = { "exact", "about", "more-than", "less-than", "nearly", "above", "below", "at-least", "at-most" };

    public static readonly string[] DirectionWords = { "up", "down" };

    public static FieldRole Parse(string role) => (FieldRole)(Array.IndexOf(Roles, role) + 1);

    public static string Word(FieldRole role) => Roles[(int)role - 1];

    /// <summary>Roles a kind may give several fields: a note may record disputes between facts of several kinds, one list each.</summary>
    public static bool IsRepeatable(FieldRole role) => role == FieldRole.Disputes;

    /// <summary>Null when <paramref name="role"/> is a role <paramref name="field"/> can play; else why not (reported at the role).</summary>
    public static string? Check(string role, FieldModel field, bool inKind)
    {
        if (Array.IndexOf(Roles, role) < 0)
        {
            return $"'{YamlNode.Shorten(role)}' is not a field role{NearestMatch.Suggestion(role, Roles)}; the roles are: {string.Join(", ", Roles)}.";
        }

        var single = inKind && !field.IsList;
        return Parse(role) switch
        {
            FieldRole.Citations when !inKind || field.Type != FieldType.Struct || !field.IsList =>
                $"'role: citations' marks a kind's list of citation structs (such as 'sources: {{ type: citation, list: true, role: citations }}'); the field '{field.Name}' is not one.",
            FieldRole.Bound => WordsProblem(role, field, single, BoundWords, "bound: { type: enum, values: [exact, about, more-than], role: bound }"),
            FieldRole.Direction => WordsProblem(role, field, single, DirectionWords, "direction: { type: enum, values: [up, down], role: direction }"),
            FieldRole.Unit when !single || (field.Type != FieldType.Localized && field.Type != FieldType.Text) =>
                $"'role: unit' marks a kind's single text or localized field naming the unit of its numbers (such as 'unit: {{ type: localized, role: unit }}'); the field '{field.Name}' is not one.",
            FieldRole.Title when !inKind || field.Type is not (FieldType.Text or FieldType.Localized or FieldType.Ref) =>
                TypeProblem(role, field, "text, localized or ref field naming the fact", "title: { type: localized, role: title }"),
            FieldRole.Summary or FieldRole.Quote when !single || field.Type is not (FieldType.Text or FieldType.Localized) =>
                TypeProblem(role, field, "single text or localized field", $"{role}: {{ type: localized, role: {role} }}"),
            FieldRole.Date when !single || field.Type != FieldType.Date =>
                TypeProblem(role, field, "single date field", "date: { type: date, role: date }"),
            FieldRole.Value when !single || field.Type is not (FieldType.Integer or FieldType.Decimal or FieldType.Percent or FieldType.Money) =>
                TypeProblem(role, field, "single integer, decimal, percent or money field", "change: { type: percent, role: value }"),
            FieldRole.Highlight when !single || field.Type != FieldType.Bool =>
                TypeProblem(role, field, "single bool field", "in-brief: { type: bool, role: highlight }"),
            FieldRole.Group when !single || field.Type != FieldType.Enum =>
                TypeProblem(role, field, "single enumeration field", "claim-type: { type: enum, values: [claim, lesson], role: group }"),
            FieldRole.Languages when !inKind || !field.IsList || field.Type != FieldType.Text =>
                TypeProblem(role, field, "list of text field holding language tags", "languages: { type: text, list: true, role: languages }"),
            FieldRole.Disputes when !inKind || !field.IsList || field.Type != FieldType.Ref =>
                TypeProblem(role, field, "list of references naming facts that disagree", "disputes-figures: { type: ref, kind: figure, list: true, role: disputes }"),
            _ => null,
        };
    }

    private static string TypeProblem(string role, FieldModel field, string what, string example)
        => $"'role: {role}' marks a kind's {what} (such as '{example}'); the field '{field.Name}' is not one.";

    private static string? WordsProblem(string role, FieldModel field, bool single, string[] words, string example)
    {
        if (!single || field.Type != FieldType.Enum)
        {
            return $"'role: {role}' marks a kind's single enumeration field (such as '{example}'); the field '{field.Name}' is not one.";
        }

        var unknown = field.EnumValues.FirstOrDefault(v => Array.IndexOf(words, v) < 0);
        return unknown is null
            ? null
            : $"'role: {role}' needs values the renderer can word in every language; '{YamlNode.Shorten(unknown)}' is not one{NearestMatch.Suggestion(unknown, words)}; the words are: {string.Join(", ", words)}.";
    }
}
