using System;
using System.Linq;
using System.Text;
using Briefings.Facts.Schema;
using FactDataReader = Briefings.Runtime.FactDataReader;

namespace Briefings.Cli.JsonSchemas;

/// <summary>
/// What a fact is called, read from its compiled data block (the pipeline's <c>FactData</c>, decoded with the runtime's
/// own <see cref="FactDataReader"/>) by the rule the templates' <c>title_of</c> follows: the <c>role: title</c> field
/// (of a list, the first item; through a reference, the referenced fact's name, as the caller resolves it), else the
/// first required single text or localized field; a localized text in the schema's first language, else in any.
/// </summary>
internal static class FactTitles
{
    /// <summary>The title field's value: a text, or (<see cref="Title.IsReference"/>) the id of the fact it names.</summary>
    internal readonly record struct Title(string Text, bool IsReference);

    /// <summary>The field a fact of <paramref name="kind"/> is called by, or null if it has none.</summary>
    public static FieldModel? TitleField(TypeModel kind)
        => kind.Fields.FirstOrDefault(f => f.Role == FieldRole.Title)
            ?? kind.Fields.FirstOrDefault(f => f.IsRequired && !f.IsList && f.Type is FieldType.Text or FieldType.Localized);

    /// <summary>The title in <paramref name="block"/>, a fact of <paramref name="kind"/>; null if it has none or the block does not read.</summary>
    public static Title? Read(SchemaModel schema, TypeModel kind, string block)
    {
        if (TitleField(kind) is not { } wanted)
        {
            return null;
        }

        try
        {
            var reader = new FactDataReader(Encoding.UTF8.GetBytes(block));
            reader.Id();
            foreach (var field in kind.Fields)
            {
                if (ReferenceEquals(field, wanted))
                {
                    return ReadTitle(ref reader, schema, field);
                }

                Skip(ref reader, schema, field);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            // A block the pipeline wrote always reads; should one not, the id is still listed, without its title.
        }

        return null;
    }

    private static Title? ReadTitle(ref FactDataReader reader, SchemaModel schema, FieldModel field)
    {
        if (!reader.Present() || (field.IsList && reader.Count() == 0))
        {
            return null;
        }

        return field.Type switch
        {
            FieldType.Localized => reader.Localized() is var text && (text.Get(schema.FallbackLanguage) ?? text.Values.FirstOrDefault()) is { } first ? new Title(first, false) : null,
            FieldType.Ref => new Title(reader.Text(), true),
            _ => new Title(reader.Text(), false),
        };
    }

    /// <summary>Reads past one field's lines: left out, a list, a localized text, a struct's fields, or one value.</summary>
    private static void Skip(ref FactDataReader reader, SchemaModel schema, FieldModel field)
    {
        if (!reader.Present())
        {
            return;
        }

        var count = field.IsList ? reader.Count() : 1;
        for (var i = 0; i < count; i++)
        {
            if (field.Type == FieldType.Localized)
            {
                reader.Localized();
            }
            else if (field.Type == FieldType.Struct)
            {
                foreach (var inner in schema.Struct(field.Target!)?.Fields ?? default)
                {
                    Skip(ref reader, schema, inner);
                }
            }
            else
            {
                reader.Text();
            }
        }
    }
}
