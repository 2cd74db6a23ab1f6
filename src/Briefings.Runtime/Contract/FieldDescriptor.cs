using System;
using System.Collections.Generic;
using System.Globalization;

namespace Briefings.Runtime;

/// <summary>The value type a field declares in the schema (<c>type:</c>); a struct name is <see cref="Struct"/>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the schema's type words.")]
public enum FieldType
{
    Text,
    Localized,
    Date,
    Integer,
    Decimal,
    Percent,
    Money,
    Url,
    Bool,
    Enum,
    Ref,
    Struct,
}

/// <summary>What a field is for beyond its type, as the schema declares it with <c>role:</c>.</summary>
public enum FieldRole
{
    None,

    /// <summary>The kind's list of citations (<c>role: citations</c>): numbered once across the model by the renderer.</summary>
    Citations,

    /// <summary>An enumeration of <see cref="QuantityWords.Bounds"/> (<c>role: bound</c>) qualifying every number of the fact.</summary>
    Bound,

    /// <summary>An enumeration of <see cref="QuantityWords.Directions"/> (<c>role: direction</c>): the fact's numbers are written unsigned after its word.</summary>
    Direction,

    /// <summary>The unit of the fact's integer and decimal numbers (<c>role: unit</c>), a text or localized field.</summary>
    Unit,

    /// <summary>The fact's name or headline (<c>role: title</c>): a text, localized or ref field.</summary>
    Title,

    /// <summary>One or two sentences about the fact (<c>role: summary</c>).</summary>
    Summary,

    /// <summary>The date that orders and groups the fact (<c>role: date</c>).</summary>
    Date,

    /// <summary>The fact's main number (<c>role: value</c>): integer, decimal, percent or money.</summary>
    Value,

    /// <summary>Quoted words (<c>role: quote</c>).</summary>
    Quote,

    /// <summary>A bool: true shows the fact in the briefing's "In brief" (<c>role: highlight</c>).</summary>
    Highlight,

    /// <summary>An enumeration that groups the kind's facts, in the order of its values (<c>role: group</c>).</summary>
    Group,

    /// <summary>A list of language tags (<c>role: languages</c>): the briefing languages the fact concerns; elsewhere templates leave it out of the text.</summary>
    Languages,

    /// <summary>
    /// A list of references (<c>role: disputes</c>): the facts it names disagree and this fact records the dispute; templates
    /// show each of them as disputed, with the others' values and sources. A kind may have several such fields.
    /// </summary>
    Disputes,
}

/// <summary>
/// The words a <see cref="FieldRole.Bound"/> or <see cref="FieldRole.Direction"/> field may hold; the generator refuses
/// others (BRF030), and templates/strings.json words each of them in every language (<c>format.bounds</c>, <c>format.directions</c>).
/// </summary>
public static class QuantityWords
{
    public static IReadOnlyList<string> Bounds { get; } = ["exact", "about", "more-than", "less-than", "nearly", "above", "below", "at-least", "at-most"];

    public static IReadOnlyList<string> Directions { get; } = ["up", "down"];
}

/// <summary>
/// One field of a generated record, as the schema declared it. The generator writes one per field, so tools read
/// values through <see cref="IFactRecord.GetValue"/> and never look a member up by its name.
/// </summary>
public sealed class FieldDescriptor
{
    public FieldDescriptor(
        int index,
        string name,
        string memberName,
        FieldType type,
        bool isList,
        bool isRequired,
        string? target,
        FieldRole role,
        IReadOnlyList<string> enumValues,
        IReadOnlyDictionary<string, string>? label = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? enumLabels = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(memberName);
        ArgumentNullException.ThrowIfNull(enumValues);
        Index = index;
        Name = name;
        MemberName = memberName;
        Type = type;
        IsList = isList;
        IsRequired = isRequired;
        Target = target;
        Role = role;
        EnumValues = enumValues;
        Label = label ?? Labels.None;
        EnumLabels = enumLabels ?? Labels.NoValues;
    }

    /// <summary>The field's place among its record's fields, in schema order.</summary>
    public int Index { get; }

    /// <summary>The field's name in the schema and the facts: <c>spoken-in</c>.</summary>
    public string Name { get; }

    /// <summary>The generated C# property: <c>SpokenIn</c>.</summary>
    public string MemberName { get; }

    public FieldType Type { get; }

    /// <summary>True for <c>list: true</c>: the value is a list of the type.</summary>
    public bool IsList { get; }

    public bool IsRequired { get; }

    /// <summary>The kind a <see cref="FieldType.Ref"/> refers to, or the struct a <see cref="FieldType.Struct"/> holds; else null.</summary>
    public string? Target { get; }

    public FieldRole Role { get; }

    /// <summary>An enumeration's words, in the order of the generated enum's members.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>The field's name in each language (<c>label:</c>); empty when the schema gives none.</summary>
    public IReadOnlyDictionary<string, string> Label { get; }

    /// <summary>Each enumeration value's name in each language (<c>labels:</c>): value → language → text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> EnumLabels { get; }

    /// <summary>The field's label on a page in <paramref name="language"/> (the rule of <see cref="Labels.In"/>).</summary>
    public string LabelIn(string language, string fallbackLanguage) => Labels.In(Label, language, fallbackLanguage, Name);

    /// <summary>The label of one of the enumeration's values on a page in <paramref name="language"/> (the rule of <see cref="Labels.In"/>).</summary>
    public string EnumLabelIn(string value, string language, string fallbackLanguage)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Labels.In(EnumLabels.TryGetValue(value, out var label) ? label : null, language, fallbackLanguage, value);
    }

    /// <summary>True where the value differs by language (<see cref="LocalizedText"/>).</summary>
    public bool IsLanguageAware => Type == FieldType.Localized;

    /// <summary>The word the facts use for a value of this field's generated enum (<c>down</c>).</summary>
    public string EnumWord(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var index = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        return Type == FieldType.Enum && index >= 0 && index < EnumValues.Count
            ? EnumValues[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a value of the field '{Name}'.");
    }

    public override string ToString() => Name;
}
