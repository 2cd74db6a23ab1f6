using Briefings.Facts.Schema;

namespace Briefings.Facts.Emit;

/// <summary>The C# type each schema field becomes; one place, shared by the binder and the emitter.</summary>
internal static class TypeNames
{
    public const string Runtime = "global::Briefings.Runtime.";

    public static string Qualified(SchemaModel schema, string typeName) => "global::" + schema.Namespace + "." + typeName;

    /// <summary>The type of one value of the field (the element type for lists).</summary>
    public static string Element(SchemaModel schema, TypeModel owner, FieldModel field) => field.Type switch
    {
        FieldType.Text => "string",
        FieldType.Localized => Runtime + "LocalizedText",
        FieldType.Date => Runtime + "FactDate",
        FieldType.Integer => "long",
        FieldType.Decimal => "decimal",
        FieldType.Percent => Runtime + "Percent",
        FieldType.Money => Runtime + "Money",
        FieldType.Url => "global::System.Uri",
        FieldType.Bool => "bool",
        FieldType.Enum => Qualified(schema, owner.EnumTypeName(field)),
        FieldType.Ref => Runtime + "Ref<" + Qualified(schema, schema.Kind(field.Target!)!.TypeName) + ">",
        _ => Qualified(schema, schema.Struct(field.Target!)!.TypeName),
    };

    /// <summary>The property's type: lists are read-only lists; optional fields without a default are nullable.</summary>
    public static string Property(SchemaModel schema, TypeModel owner, FieldModel field)
    {
        var element = Element(schema, owner, field);
        if (field.IsList)
        {
            return "global::System.Collections.Generic.IReadOnlyList<" + element + ">";
        }

        return field.IsRequired || field.Default is not null ? element : element + "?";
    }
}
