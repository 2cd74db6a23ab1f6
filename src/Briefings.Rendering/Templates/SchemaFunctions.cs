using System;
using System.Collections;
using System.Linq;
using Briefings.Rendering.Model;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>
/// The functions that read a fact through its kind's schema (labels and roles), so one template set renders any
/// schema: <c>kind_of</c>, <c>title_of</c>, <c>role_of</c>, <c>value_label</c>, <c>field_label</c>, <c>referrers</c>
/// (documented in templates/README.md). A fact is any object with a <c>kind</c> member naming a kind of the model.
/// </summary>
internal static class SchemaFunctions
{
    /// <summary>How far <c>title_of</c> follows title references (a person titled by an organisation titled by ...).</summary>
    private const int TitleDepth = 8;

    public static void Import(ScriptObject globals, KindsView kinds)
    {
        globals.Import("kind_of", new Func<ScriptObject?, ScriptObject?>(fact => KindOf(kinds, fact)?.Entry));
        globals.Import("title_of", new Func<ScriptObject?, object?>(fact => TitleOf(kinds, fact, TitleDepth)));
        globals.Import("role_of", new Func<ScriptObject?, string, object?>((fact, role) => RoleOf(kinds, fact, role)));
        globals.Import("value_label", new Func<ScriptObject?, string, object?>((fact, key) => ValueLabel(kinds, fact, key)));
        globals.Import("field_label", new Func<ScriptObject?, string, string?>((fact, key) => fact is null ? null : Field(kinds, fact, key, "field_label").LabelIn(kinds.Language, kinds.Fallback)));
        globals.Import("referrers", new Func<ScriptObject?, string, FrozenArray>((fact, kind) => Referrers(kinds, fact, kind)));
    }

    /// <summary>A fact's kind, or a struct value's struct (a comparison inside a product).</summary>
    private static KindEntry? KindOf(KindsView kinds, ScriptObject? fact) => fact switch
    {
        null => null,
        StructObject value => kinds.Struct(value.Descriptor),
        _ => fact.TryGetValue("kind", out var kind) ? kinds.Kind(kind as string) : null,
    };

    /// <summary>
    /// The value of the fact's <c>title</c>-role field (through a reference, the referenced fact's title; of a list, the
    /// first item's); else its first required text or localized field; else its id. The value itself, so a template
    /// writes it escaped and marked as a fallback like any other.
    /// </summary>
    private static object? TitleOf(KindsView kinds, ScriptObject? fact, int depth)
    {
        if (fact is null || KindOf(kinds, fact) is not { } kind)
        {
            return fact?.TryGetValue("id", out var bare) == true ? bare : null;
        }

        if (kind.Descriptor.WithRole(FieldRole.Title) is { } title && First(fact[Key(title)]) is { } value)
        {
            return value is ScriptObject referenced && depth > 0 && KindOf(kinds, referenced) is not null
                ? TitleOf(kinds, referenced, depth - 1)
                : value;
        }

        var named = kind.Descriptor.Fields.FirstOrDefault(f => f.IsRequired && !f.IsList && f.Type is FieldType.Localized or FieldType.Text);
        return named is not null && fact[Key(named)] is { } text ? text : fact["id"];
    }

    private static object? RoleOf(KindsView kinds, ScriptObject? fact, string role)
    {
        var parsed = Enum.GetValues<FieldRole>().FirstOrDefault(r => r != FieldRole.None && KindsView.RoleWord(r) == role);
        if (parsed == FieldRole.None)
        {
            var words = Enum.GetValues<FieldRole>().Where(r => r != FieldRole.None).Select(KindsView.RoleWord);
            throw new ArgumentException($"role_of: '{role}' is not a role; the roles are: {string.Join(", ", words)}");
        }

        return fact is not null && KindOf(kinds, fact)?.Descriptor.WithRole(parsed) is { } field ? fact[Key(field)] : null;
    }

    /// <summary>The label of the fact's enumeration value in <paramref name="key"/> (an array of labels for a list); null when it has none.</summary>
    private static object? ValueLabel(KindsView kinds, ScriptObject? fact, string key)
    {
        if (fact is null)
        {
            return null;
        }

        var field = Field(kinds, fact, key, "value_label");
        if (field.Type != FieldType.Enum)
        {
            throw new ArgumentException($"value_label: the field '{key}' is not an enumeration");
        }

        string Label(object? word) => field.EnumLabelIn(word as string ?? string.Empty, kinds.Language, kinds.Fallback);
        return fact[key] switch
        {
            null => null,
            string word => Label(word),
            IEnumerable list => new FrozenArray(list.Cast<object?>().Select(w => (object?)Label(w))),
            _ => null,
        };
    }

    private static FrozenArray Referrers(KindsView kinds, ScriptObject? fact, string kindName)
    {
        var kind = kinds.Kind(kindName) ?? throw new ArgumentException($"referrers: there is no kind '{kindName}'");
        return fact is FactObject target ? kinds.ReferrersOf(target.Key, kind) : new FrozenArray();
    }

    private static FieldDescriptor Field(KindsView kinds, ScriptObject fact, string key, string function)
    {
        var kind = KindOf(kinds, fact) ?? throw new ArgumentException($"{function}: the object is not a fact of a kind of the model");
        return kind.FieldByKey(key)
            ?? throw new ArgumentException($"{function}: the kind '{kind.Descriptor.Name}' has no field '{key}'; its fields are: {string.Join(", ", kind.Descriptor.Fields.Select(Key))}");
    }

    private static object? First(object? value) => value is ScriptArray list ? (list.Count > 0 ? list[0] : null) : value;

    private static string Key(FieldDescriptor field) => StandardMemberRenamer.Rename(field.MemberName);
}
