using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Naming;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// Reads one field of a kind or struct: its name, type (or the shorthand <c>title: localized</c>), flags,
/// reference target, role and, through <see cref="EnumValuesReader"/> and <see cref="DefaultReader"/>, its
/// enumeration values and default. Null after reporting, at its node, why the field cannot be used.
/// </summary>
internal static class FieldReader
{
    private static readonly Dictionary<string, FieldType> BuiltInTypes = new(StringComparer.Ordinal)
    {
        ["text"] = FieldType.Text,
        ["localized"] = FieldType.Localized,
        ["date"] = FieldType.Date,
        ["integer"] = FieldType.Integer,
        ["decimal"] = FieldType.Decimal,
        ["percent"] = FieldType.Percent,
        ["money"] = FieldType.Money,
        ["url"] = FieldType.Url,
        ["bool"] = FieldType.Bool,
        ["enum"] = FieldType.Enum,
        ["ref"] = FieldType.Ref,
    };

    private static readonly string[] FieldKeys = { "type", "kind", "values", "list", "required", "default", "description", "role", "label", "labels", "min", "max" };
    private static readonly string[] ReservedFieldNames = { "id", "kind", "facts" };
    private static readonly string[] ReservedPropertyNames = { "Id", "Kind", "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "Clone", "GetType", "MemberwiseClone", "Finalize", "ReadFactData" };

    public static FieldModel? Read(SchemaNodeReader file, YamlNode nameNode, YamlNode declaration, (string Name, string TypeName) owner, bool inKind, List<PendingTarget> targets, List<LabelSite> labels)
    {
        var (ownerName, typeName) = owner;
        var name = nameNode.Value;
        if (PropertyName(file, nameNode, typeName) is not { } property || TypeNode(file, nameNode, declaration) is not { } typeNode)
        {
            return null;
        }

        if (file.Scalar(typeNode, "a field type such as 'text' or 'date'") is not { } typeText || !TryType(file, typeNode, typeText, inKind ? null : ownerName, out var type))
        {
            return null;
        }

        var isMapping = declaration.Kind == YamlNodeKind.Mapping;
        var isList = isMapping && file.Flag(declaration, "list");
        var required = isMapping && file.Flag(declaration, "required");
        var description = isMapping ? file.OptionalText(declaration, "description") ?? string.Empty : string.Empty;
        var field = new FieldModel(name, property, type, type == FieldType.Struct ? typeText : null, EquatableArray<string>.Empty, isList, required, null, description);
        if (type == FieldType.Ref)
        {
            var kindNode = isMapping ? declaration.Get("kind") : null;
            if ((kindNode is null ? null : file.Scalar(kindNode, "the name of the kind referred to")) is not { } target)
            {
                file.Report(nameNode, $"the reference field '{name}' needs 'kind:', the kind of fact it refers to.");
                return null;
            }

            field = field with { Target = target };
            targets.Add(new PendingTarget(field, file.Lines.Node(kindNode!)));
        }
        else if (type == FieldType.Enum)
        {
            if (EnumValuesReader.Read(file, nameNode, isMapping ? declaration.Get("values") : null) is not { } values)
            {
                return null;
            }

            field = field with { EnumValues = values };
        }

        if (isMapping && declaration.Get("role") is { } roleNode && !roleNode.IsNull && file.Scalar(roleNode, "a field role such as 'citations'") is { } roleText)
        {
            if (FieldRoleRules.Check(roleText, field, inKind) is { } problem)
            {
                file.Report(roleNode, problem);
                return null;
            }

            field = field with { Role = FieldRoleRules.Parse(roleText) };
        }

        ReadLabels(file, nameNode, declaration, field, labels);
        if (isMapping)
        {
            if (RangeReader.Read(file, declaration, field) is not { } ranged)
            {
                return null;
            }

            field = ranged;
        }

        return isMapping && declaration.Get("default") is { } defaultNode && !defaultNode.IsNull
            ? DefaultReader.Read(file, field, defaultNode)
            : field;
    }

    /// <summary>The field's <c>label:</c> and, for an enumeration, its values' <c>labels:</c> (which no other type has).</summary>
    private static void ReadLabels(SchemaNodeReader file, YamlNode nameNode, YamlNode declaration, FieldModel field, List<LabelSite> labels)
    {
        labels.Add(new LabelSite(field.Name, null, $"'{field.Name}'", file.Lines.Node(nameNode), LabelReader.Read(file, declaration)));
        if (field.Type == FieldType.Enum)
        {
            LabelReader.ReadValues(file, field, declaration, labels);
        }
        else if (declaration.Kind == YamlNodeKind.Mapping && declaration.Get("labels") is { } node)
        {
            file.Report(node, $"'labels:' names the values of an enumeration field; the field '{field.Name}' is not one (its own name's label is 'label:').");
        }
    }

    /// <summary>The C# property the field makes, or null when the name is invalid, reserved or taken by the record.</summary>
    private static string? PropertyName(SchemaNodeReader file, YamlNode nameNode, string typeName)
    {
        var name = nameNode.Value;
        if (!Identifiers.IsName(name))
        {
            file.Report(nameNode, $"'{YamlNode.Shorten(name)}' is not a valid field name; use lower-case ASCII letters, digits, hyphens and underscores, starting with a letter.");
            return null;
        }

        if (Array.IndexOf(ReservedFieldNames, name) >= 0)
        {
            file.Report(nameNode, $"'{name}' is reserved: every fact already has 'id' and 'kind', and 'facts' lists facts in a file. Choose another name.");
            return null;
        }

        var property = Identifiers.ToPascalCase(name);
        if (Array.IndexOf(ReservedPropertyNames, property) >= 0 || property == typeName)
        {
            file.Report(nameNode, $"the field '{name}' makes the C# property '{property}', which the record already has; choose another name.");
            return null;
        }

        return property;
    }

    /// <summary>The node that names the type: the declaration itself in the shorthand, else its <c>type:</c>.</summary>
    private static YamlNode? TypeNode(SchemaNodeReader file, YamlNode nameNode, YamlNode declaration)
    {
        var name = nameNode.Value;
        if (declaration.Kind == YamlNodeKind.Scalar && !declaration.IsNull)
        {
            return declaration;
        }

        if (!file.ExpectMapping(declaration, $"the declaration of the field '{name}' (type, required, ...) or just its type"))
        {
            return null;
        }

        file.CheckKeys(declaration, FieldKeys, $"in the field '{name}'");
        var typeNode = declaration.Get("type");
        if (typeNode is null)
        {
            file.Report(nameNode, $"the field '{name}' has no 'type:'; add one, such as 'type: text'.");
        }

        return typeNode;
    }

    /// <summary>
    /// A built-in type or a struct declared before (in this file or an earlier one); structs do not nest, so a struct
    /// (<paramref name="inStruct"/>, its name; null in a kind) that holds itself or another struct is one located error.
    /// A struct or kind already refused where it is declared gives no second error here.
    /// </summary>
    private static bool TryType(SchemaNodeReader file, YamlNode typeNode, string typeText, string? inStruct, out FieldType type)
    {
        var state = file.State;
        if (BuiltInTypes.TryGetValue(typeText, out type))
        {
            return true;
        }

        if (typeText == inStruct)
        {
            file.Report(typeNode, $"the struct '{inStruct}' cannot hold itself: a value that contains itself never ends. Give the field a built-in type, or refer to a fact with 'type: ref'.");
            return false;
        }

        if (state.StructNames.Contains(typeText) && state.BrokenKinds.Contains(typeText))
        {
            return false;
        }

        var declared = state.Structs.Any(s => s.Model.Name == typeText);
        if (inStruct is not null && (declared || state.StructNames.Contains(typeText)))
        {
            file.Report(typeNode, $"a struct's field cannot hold another struct ('{typeText}'); declare the field in the kind instead.");
            return false;
        }

        if (declared)
        {
            type = FieldType.Struct;
            return true;
        }

        var choices = BuiltInTypes.Keys.Concat(state.Structs.Select(s => s.Model.Name)).ToList();
        state.Diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.UnknownFieldType,
            file.Lines.Node(typeNode),
            YamlNode.Shorten(typeText),
            NearestMatch.Suggestion(typeText, choices),
            string.Join(", ", choices) + " (structs are declared under 'structs:' before use)"));
        return false;
    }
}
