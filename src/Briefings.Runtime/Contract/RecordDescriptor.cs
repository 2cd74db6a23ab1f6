using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Runtime;

/// <summary>A kind of fact or a struct as the schema declared it: its name and its fields in schema order.</summary>
public sealed class RecordDescriptor
{
    public RecordDescriptor(string name, string typeName, string? catalogName, IReadOnlyList<FieldDescriptor> fields)
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
    }

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
