using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Helpers;
using Briefings.Facts.Naming;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>Reads one kind or struct under <c>kinds:</c> or <c>structs:</c>: its name, plural, description, label, presentation and fields.</summary>
internal static class TypeReader
{
    /// <summary>How the default templates show a kind (<c>present:</c>); templates/README.md says what each means.</summary>
    public static readonly string[] Presentations = { "masthead", "timeline", "numbers", "chart", "quotes", "cards", "table", "profiles", "notes", "sources", "hidden" };

    public const string DefaultPresentation = "cards";

    private static readonly string[] KindKeys = new[] { "description", "plural", "label", "present", "fields" }.Concat(ChecksReader.Keys).ToArray();
    private static readonly string[] StructKeys = { "description", "label", "fields" };

    public static void Read(SchemaNodeReader file, YamlNode nameNode, YamlNode declaration, bool isKind)
    {
        var state = file.State;
        var what = isKind ? "kind" : "struct";
        var name = nameNode.Value;
        if (!Identifiers.IsName(name))
        {
            file.Report(nameNode, $"'{YamlNode.Shorten(name)}' is not a valid {what} name; use lower-case ASCII letters, digits and hyphens, starting with a letter (such as '{Identifiers.Slugify(name)}').");
            return;
        }

        if (state.Kinds.Concat(state.Structs).Any(t => t.Model.Name == name))
        {
            file.Report(nameNode, $"'{name}' is declared twice; each kind and struct is declared once, in one schema file.");
            return;
        }

        if (!file.ExpectMapping(declaration, $"the declaration of the {what} '{name}' (description, {(isKind ? "plural, " : string.Empty)}fields)"))
        {
            state.BrokenKinds.Add(name);
            return;
        }

        file.CheckKeys(declaration, isKind ? KindKeys : StructKeys, $"in the {what} '{name}'");
        var typeName = Identifiers.ToPascalCase(name);
        var description = file.OptionalText(declaration, "description") ?? string.Empty;
        string? catalogName = null;
        if (isKind && !TryCatalogName(file, nameNode, declaration, typeName, out catalogName))
        {
            state.BrokenKinds.Add(name);
            return;
        }

        var targets = new List<PendingTarget>();
        var labels = new List<LabelSite> { new(null, null, isKind ? "the kind" : "the struct", file.Lines.Node(nameNode), LabelReader.Read(file, declaration)) };
        var presentation = isKind ? Presentation(file, declaration) : null;
        var fields = ReadFields(file, name, declaration, typeName, isKind, targets, labels);
        if (fields is null)
        {
            state.BrokenKinds.Add(name);
            return;
        }

        var sites = new List<CheckSite>();
        var checks = isKind ? ChecksReader.Read(file, nameNode, declaration, fields, sites) : null;
        var model = new TypeModel(name, typeName, catalogName, description, fields.ToEquatableArray(), Presentation: presentation, Checks: checks);
        (isKind ? state.Kinds : state.Structs).Add(new DeclaredType(model, file.Lines.Node(nameNode), targets, labels) { CheckSites = sites });
    }

    /// <summary>The kind's <c>present:</c> word, <see cref="DefaultPresentation"/> when absent (or after reporting an unknown one).</summary>
    private static string Presentation(SchemaNodeReader file, YamlNode declaration)
    {
        if (declaration.Get("present") is not { } node || node.IsNull || file.Scalar(node, "how the kind is presented, such as 'timeline'") is not { } word)
        {
            return DefaultPresentation;
        }

        if (Array.IndexOf(Presentations, word) < 0)
        {
            file.Report(node, $"'{YamlNode.Shorten(word)}' is not a presentation{NearestMatch.Suggestion(word, Presentations)}; the presentations are: {string.Join(", ", Presentations)}.");
            return DefaultPresentation;
        }

        return word;
    }

    /// <summary>The kind's catalog class, from <c>plural:</c> or the name plus "s"; false when it would clash with the record.</summary>
    private static bool TryCatalogName(SchemaNodeReader file, YamlNode nameNode, YamlNode declaration, string typeName, out string catalogName)
    {
        var pluralNode = declaration.Get("plural");
        var plural = pluralNode is null ? null : file.Scalar(pluralNode, "the plural of the kind's name");
        if (plural is not null && !Identifiers.IsName(plural))
        {
            file.Report(pluralNode!, $"'{YamlNode.Shorten(plural)}' is not a valid name; use lower-case ASCII letters, digits and hyphens.");
            plural = null;
        }

        catalogName = Identifiers.ToPascalCase(plural ?? nameNode.Value + "s");
        if (catalogName == typeName)
        {
            file.Report(nameNode, $"the kind '{nameNode.Value}' and its plural make the same C# name '{typeName}'; give it a different 'plural:'.");
            return false;
        }

        return true;
    }

    /// <summary>The fields in declaration order, or null when any is broken (each reported at its place).</summary>
    private static List<FieldModel>? ReadFields(SchemaNodeReader file, string name, YamlNode declaration, string typeName, bool isKind, List<PendingTarget> targets, List<LabelSite> labels)
    {
        var fields = new List<FieldModel>();
        var broken = false;
        var fieldsNode = declaration.Get("fields");
        if (fieldsNode is null || fieldsNode.IsNull || !file.ExpectMapping(fieldsNode, "a mapping of field names to their declarations"))
        {
            return fields;
        }

        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in fieldsNode.Pairs)
        {
            var field = FieldReader.Read(file, pair.Key, pair.Value, (name, typeName), isKind, targets, labels);
            if (field is null)
            {
                broken = true;
            }
            else if (field.Role != FieldRole.None && !FieldRoleRules.IsRepeatable(field.Role) && fields.Any(f => f.Role == field.Role))
            {
                file.Report(pair.Key, $"'{name}' already has a field with 'role: {FieldRoleRules.Word(field.Role)}'; a kind has at most one field of each role.");
                broken = true;
            }
            else if (!properties.Add(field.PropertyName))
            {
                file.Report(pair.Key, $"the field '{field.Name}' makes the C# property '{field.PropertyName}', as another field of '{name}' does; rename one.");
                broken = true;
            }
            else
            {
                fields.Add(field);
            }
        }

        return broken ? null : fields;
    }
}
