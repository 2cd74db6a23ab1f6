using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Runtime;

/// <summary>A kind of fact or a struct as the schema declared it: its name, label, presentation and fields in schema order.</summary>
public sealed class RecordDescriptor
{
    /// <summary>A kind's presentation when the schema gives no <c>present:</c>.</summary>
    public const string DefaultPresentation = "cards";

    public RecordDescriptor(string name, string typeName, string? catalogName, IReadOnlyList<FieldDescriptor> fields, IReadOnlyDictionary<string, string>? label = null, string? presentation = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        TypeName = typeName;
        CatalogName = catalogName;
        Fields = fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Index != i)
            {
                throw new ArgumentException($"The field '{fields[i].Name}' of '{name}' has the index {fields[i].Index}, not {i}.", nameof(fields));
            }
        }

        Citations = fields.FirstOrDefault(f => f.Role == FieldRole.Citations);
        Label = label ?? Labels.None;
        Presentation = catalogName is null ? null : presentation ?? DefaultPresentation;
    }

    /// <summary>A kind's name in briefings (a section heading, plural sense) or a struct's, by language (<c>label:</c>); empty when none.</summary>
    public IReadOnlyDictionary<string, string> Label { get; }

    /// <summary>How the default templates show a kind (<c>present:</c>: timeline, cards, ...); null for a struct.</summary>
    public string? Presentation { get; }

    /// <summary>
    /// The label on a page in <paramref name="language"/> (the rule of <see cref="Labels.In"/>); a kind's humanized name
    /// is its plural (<c>MarketMoves</c> → <c>Market moves</c>), a struct's its name.
    /// </summary>
    public string LabelIn(string language, string fallbackLanguage) => Labels.In(Label, language, fallbackLanguage, CatalogName ?? Name);

    /// <summary>The name in the schema: <c>market-move</c>.</summary>
    public string Name { get; }

    /// <summary>The generated record: <c>MarketMove</c>.</summary>
    public string TypeName { get; }

    /// <summary>A kind's class in the catalog (<c>MarketMoves</c>); null for a struct.</summary>
    public string? CatalogName { get; }

    public bool IsKind => CatalogName is not null;

    public IReadOnlyList<FieldDescriptor> Fields { get; }

    /// <summary>The field declared with <c>role: citations</c>, if any.</summary>
    public FieldDescriptor? Citations { get; }

    /// <summary>The field declared with that <c>role:</c> (a kind has at most one of each), or null.</summary>
    public FieldDescriptor? WithRole(FieldRole role) => role == FieldRole.None ? null : Fields.FirstOrDefault(f => f.Role == role);

    /// <summary>The field with that schema name, or null.</summary>
    public FieldDescriptor? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The index of one of this record's own fields; used by the generated <see cref="IFactRecord.GetValue"/>.</summary>
    public int IndexOf(FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Index < Fields.Count && ReferenceEquals(Fields[field.Index], field)
            ? field.Index
            : throw new ArgumentException($"'{field.Name}' is not a field of '{Name}'.", nameof(field));
    }

    public override string ToString() => Name;
}
