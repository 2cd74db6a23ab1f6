using System;
using System.Linq;
using Briefings.Facts.Helpers;

namespace Briefings.Facts.Schema;

/// <summary>The value types a field can declare in the schema (<c>type:</c>).</summary>
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

/// <summary>What a field is for, beyond its type, as declared by <c>role:</c>; tools read facts through it, never through field names.</summary>
public enum FieldRole
{
    None,

    /// <summary>A list of struct values that cite sources: the renderer numbers them once across the model.</summary>
    Citations,

    /// <summary>An enumeration of bound words (<see cref="FieldRoleRules.BoundWords"/>) that qualifies every number of the fact.</summary>
    Bound,

    /// <summary>An enumeration of <c>up</c> and <c>down</c>: the numbers of the fact are written unsigned after a direction word.</summary>
    Direction,

    /// <summary>A text or localized field naming the unit of the fact's plain numbers (integer and decimal fields).</summary>
    Unit,

    /// <summary>The fact's name or headline: a text, localized or ref field.</summary>
    Title,

    /// <summary>One or two sentences about the fact: a text or localized field.</summary>
    Summary,

    /// <summary>The date that orders and groups the fact.</summary>
    Date,

    /// <summary>The fact's main number: an integer, decimal, percent or money field.</summary>
    Value,

    /// <summary>Quoted words: a text or localized field.</summary>
    Quote,

    /// <summary>A bool: true shows the fact in the briefing's "In brief".</summary>
    Highlight,

    /// <summary>An enumeration that groups the kind's facts, in the order of its values.</summary>
    Group,

    /// <summary>A list of language tags: the briefing languages the fact concerns (a defect of the Chinese text only).</summary>
    Languages,

    /// <summary>
    /// A list of references: the facts it names disagree, and this fact (an editorial note) records the dispute, so the
    /// contradiction between them is no diagnostic and the briefing shows both values as disputed. A kind may have
    /// several (one per kind referred to).
    /// </summary>
    Disputes,
}

/// <summary>One language's text of a label (<c>label: { en: Timeline, zh-Hant: 時間線 }</c>).</summary>
public sealed record LabelText(string Language, string Text);

/// <summary>The label of one value of an enumeration field (<c>labels: { up: { en: rose } }</c>).</summary>
public sealed record EnumLabel(string Value, EquatableArray<LabelText> Label);

// Pipeline models: records of strings, numbers, enums and EquatableArrays only, so Roslyn can compare
// them by value and skip unchanged work. Never add ISymbol, SyntaxNode, Compilation or Location here.

/// <summary>
/// One declared field. <see cref="Target"/> is the kind of a ref or the name of a struct. <see cref="Default"/> is the
/// schema's <c>default:</c> as written, already checked against <see cref="Type"/> (the emitter writes it as C#).
/// <see cref="Minimum"/> and <see cref="Maximum"/> are a number field's <c>min:</c> and <c>max:</c> as invariant decimals
/// (a percent's number, a money field's amount), checked at each value by the binder.
/// </summary>
public sealed record FieldModel(
    string Name,
    string PropertyName,
    FieldType Type,
    string? Target,
    EquatableArray<string> EnumValues,
    bool IsList,
    bool IsRequired,
    string? Default,
    string Description,
    FieldRole Role = FieldRole.None,
    EquatableArray<LabelText> Label = default,
    EquatableArray<EnumLabel> EnumLabels = default,
    string? Minimum = null,
    string? Maximum = null);

/// <summary>
/// A kind of fact (with an id and a catalog) or a struct (a value made of fields, such as a citation).
/// <see cref="Presentation"/> is a kind's <c>present:</c> word (null for a struct); <see cref="Order"/> its place
/// in declaration order across the schema files (read in file-key order), which templates show kinds in.
/// <see cref="Checks"/> are the checks across facts it declares (<see cref="KindChecks"/>), null for none.
/// </summary>
public sealed record TypeModel(
    string Name,
    string TypeName,
    string? CatalogName,
    string Description,
    EquatableArray<FieldModel> Fields,
    EquatableArray<LabelText> Label = default,
    string? Presentation = null,
    int Order = 0,
    KindChecks? Checks = null)
{
    public bool IsKind => CatalogName is not null;

    /// <summary>The checks the kind declares (identity, agreement, date order, citations), or none.</summary>
    public KindChecks DeclaredChecks => Checks ?? KindChecks.None;

    public FieldModel? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The C# enum generated for an enumeration field: <c>MarketMoveDirection</c>.</summary>
    public string EnumTypeName(FieldModel field) => TypeName + field.PropertyName;
}

/// <summary>
/// The whole schema, merged from every schema file, as the binder and emitter need it. <see cref="Languages"/> are the
/// briefings' languages (the first is the fallback); <see cref="ExtraLanguages"/> the further ones a localized text may
/// carry, such as a quote's original, which no briefing is written in.
/// </summary>
public sealed record SchemaModel(
    string Namespace,
    string CatalogName,
    EquatableArray<string> Languages,
    EquatableArray<TypeModel> Kinds,
    EquatableArray<TypeModel> Structs,
    EquatableArray<string> BrokenKinds,
    string? Slug = null,
    EquatableArray<string> ExtraLanguages = default)
{
    /// <summary>True for a language a localized text may carry: a briefing language or an extra one.</summary>
    public bool IsTextLanguage(string tag) => Languages.Contains(tag) || ExtraLanguages.Contains(tag);

    /// <summary>Every language a localized text may carry: the briefings' first, then the extra ones.</summary>
    public EquatableArray<string> TextLanguages => Languages.Concat(ExtraLanguages).ToEquatableArray();

    public TypeModel? Kind(string name) => Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));

    public TypeModel? Struct(string name) => Structs.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));

    /// <summary>The generated class that implements Briefings.Runtime.IFactModel: <c>FactsModel</c>.</summary>
    public string ModelClassName => ModelClassNameOf(CatalogName);

    public static string ModelClassNameOf(string catalogName) => catalogName + "Model";

    /// <summary>The language that stands in for a missing translation: the first one declared.</summary>
    public string FallbackLanguage => Languages.Count > 0 ? Languages[0] : "en";
}
