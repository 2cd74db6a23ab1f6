using System.Linq;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Emit;

/// <summary>
/// Writes how the generated model meets the runtime's contract (Briefings.Runtime: IFactModel, IFactRecord,
/// RecordDescriptor): one descriptor per record, values by field, and the model class that tools load. Private
/// members start with a lower-case letter, which no name made from a fact id or field name does.
/// </summary>
internal static class ContractEmitter
{
    private const string Runtime = "global::Briefings.Runtime.";

    /// <summary>The record's descriptor and its explicit implementations of the contract, inside the record.</summary>
    public static void EmitRecordMembers(SourceWriter w, SchemaModel schema, TypeModel type)
    {
        var catalog = type.IsKind ? CSharpLiteral.String(type.CatalogName!) : "null";
        w.Line($"private static readonly {Runtime}RecordDescriptor s_descriptor = new {Runtime}RecordDescriptor({CSharpLiteral.String(type.Name)}, {CSharpLiteral.String(type.TypeName)}, {catalog}, new {Runtime}FieldDescriptor[]");
        w.Line("{");
        for (var i = 0; i < type.Fields.Count; i++)
        {
            w.Line("    " + Descriptor(i, type.Fields[i]) + ",");
        }

        var presentation = type.Presentation is { } word ? CSharpLiteral.String(word) : "null";
        w.Line($"}}, {Label(type.Label)}, {presentation});").Line();
        w.Line($"{Runtime}RecordDescriptor {Runtime}IFactRecord.Descriptor => s_descriptor;").Line();
        w.Line($"object? {Runtime}IFactRecord.GetValue({Runtime}FieldDescriptor field) => s_descriptor.IndexOf(field) switch");
        w.Line("{");
        for (var i = 0; i < type.Fields.Count; i++)
        {
            w.Line($"    {CSharpLiteral.Int(i)} => {type.Fields[i].PropertyName},");
        }

        w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(field)),");
        w.Line("};");
        if (type.IsKind)
        {
            var self = type.TypeName;
            var catalogClass = TypeNames.Qualified(schema, schema.CatalogName) + "." + type.CatalogName;
            w.Line();
            w.Line($"static {Runtime}RecordDescriptor {Runtime}IFact<{self}>.KindDescriptor => s_descriptor;").Line();
            w.Line($"static global::System.Collections.Generic.IReadOnlyList<{self}> {Runtime}IFact<{self}>.FactsOfKind => {catalogClass}.All;").Line();
            w.Line($"static {self}? {Runtime}IFact<{self}>.Find(string id) => {catalogClass}.Find(id);");
        }
    }

    /// <summary>The model class, named by <c>[assembly: FactModel]</c>; a stateless view of the static catalog.</summary>
    public static void EmitModelClass(SourceWriter w, SchemaModel schema, string generatedCode)
    {
        var catalog = TypeNames.Qualified(schema, schema.CatalogName);
        w.Line("/// <summary>");
        w.Line("/// The fact base as tools read it (the briefing renderer, the model JSON, the watch loop): its schema, kinds and");
        w.Line("/// facts through Briefings.Runtime.IFactModel, with no reflection on member names.");
        w.Line("/// </summary>");
        w.Line(generatedCode);
        w.Open($"public sealed class {schema.ModelClassName} : {Runtime}IFactModel, {Runtime}IFactDataSwap");
        w.Line($"private static readonly {Runtime}IFactKind[] s_kinds = new {Runtime}IFactKind[]");
        w.Line("{");
        foreach (var kind in schema.Kinds.OrderBy(k => k.Order))
        {
            w.Line($"    new {Runtime}FactKind<{TypeNames.Qualified(schema, kind.TypeName)}>(),");
        }

        w.Line("};").Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public string? Slug => {(schema.Slug is { } slug ? CSharpLiteral.String(slug) : "null")};").Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<string> Languages => {catalog}.Languages;").Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public string SchemaFingerprint => {catalog}.SchemaFingerprint;").Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Runtime}IFactKind> Kinds => s_kinds;").Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Runtime}IFact> All => {catalog}.All;").Line();
        w.Line($"void {Runtime}IFactDataSwap.ReplaceFactData(global::System.Collections.Generic.IReadOnlyDictionary<string, byte[]>? dataByKind) => {catalog}.ReplaceFactData(dataByKind);");
        w.Close();
    }

    private static string Descriptor(int index, FieldModel field)
    {
        var values = field.EnumValues.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", field.EnumValues.Select(CSharpLiteral.String)) + " }";
        var target = field.Target is { } name ? CSharpLiteral.String(name) : "null";
        var enumLabels = field.EnumLabels.Any(l => l.Label.Count > 0)
            ? $"{Runtime}Labels.ForValues(" + string.Join(", ", field.EnumLabels.Select(l => CSharpLiteral.String(l.Value) + ", " + (l.Label.Count == 0 ? Runtime + "Labels.None" : Label(l.Label)))) + ")"
            : "null";
        return $"new {Runtime}FieldDescriptor({CSharpLiteral.Int(index)}, {CSharpLiteral.String(field.Name)}, {CSharpLiteral.String(field.PropertyName)}, {Runtime}FieldType.{field.Type}, "
            + $"{Bool(field.IsList)}, {Bool(field.IsRequired)}, {target}, {Runtime}FieldRole.{field.Role}, {values}, {Label(field.Label)}, {enumLabels})";
    }

    /// <summary>A label as a call of <c>Labels.Of("en", "Timeline", "zh-Hant", "時間線")</c>, or null when it has no text.</summary>
    private static string Label(Helpers.EquatableArray<LabelText> label) => label.Count == 0
        ? "null"
        : $"{Runtime}Labels.Of(" + string.Join(", ", label.Select(t => CSharpLiteral.String(t.Language) + ", " + CSharpLiteral.String(t.Text))) + ")";

    private static string Bool(bool value) => value ? "true" : "false";
}
