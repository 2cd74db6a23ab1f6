using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Briefings.Generators.Binding;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Emit;
using Briefings.Generators.Helpers;
using Briefings.Generators.Yaml;

namespace Briefings.Generators.Schema;

/// <summary>The schema and what was wrong with its files. Only <see cref="Model"/> flows on to binding.</summary>
internal sealed record SchemaResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads the schema files (<c>schema.yaml</c>, or any <c>*.schema.yaml</c>) that declare each kind of
/// fact and its fields, checks them, and merges them into one <see cref="SchemaModel"/>.
/// </summary>
internal static class SchemaReader
{
    public const string DefaultNamespace = "Briefings.Facts";

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

    private static readonly string[] TopLevelKeys = { "schema", "structs", "kinds" };
    private static readonly string[] SettingsKeys = { "namespace", "catalog", "languages", "slug" };
    private static readonly string[] TypeKeys = { "description", "plural", "fields" };
    private static readonly string[] FieldKeys = { "type", "kind", "values", "list", "required", "default", "description", "role" };
    private static readonly string[] FieldRoles = { "citations" };
    private static readonly string[] ReservedFieldNames = { "id", "kind", "facts" };
    private static readonly string[] ReservedPropertyNames = { "Id", "Kind", "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "Clone", "GetType", "MemberwiseClone", "Finalize", "ReadFactData" };
    private static readonly string[] RuntimeTypeNames = { "LocalizedText", "FactDate", "DatePrecision", "Percent", "Money", "Ref", "IFact", "Uri", "String", "Object", "Array" };
    private static readonly Regex LanguageTag = new("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    public static bool IsSchemaFile(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return name is "schema.yaml" or "schema.yml" || name.EndsWith(".schema.yaml", StringComparison.Ordinal) || name.EndsWith(".schema.yml", StringComparison.Ordinal);
    }

    public static SchemaResult Read(IEnumerable<FactFileText> files, string? defaultNamespace, CancellationToken cancellationToken)
    {
        var state = new State();
        foreach (var file in files.OrderBy(f => f.FileKey, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                ReadFile(file, state);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A generator must never throw (CS8785 drops all output).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(file.Path), ex.GetType().Name, ex.Message));
            }
        }

        if (state.Files == 0)
        {
            return new SchemaResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var model = Resolve(state, defaultNamespace);
        return new SchemaResult(model, state.Diagnostics.ToEquatableArray());
    }

    private static void ReadFile(FactFileText file, State state)
    {
        state.Files++;
        if (file.Text is null)
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, LocationInfo.FileStart(file.Path), "the compiler could not read it"));
            return;
        }

        var read = YamlReader.Read(file.Path, file.Text);
        state.Diagnostics.AddRange(read.Diagnostics);
        if (read.HasErrors || read.Root is null || read.Root.IsNull)
        {
            return;
        }

        var reader = new FileReader(state, read.Lines);
        reader.ReadRoot(read.Root);
    }

    /// <summary>Checks what needs every schema file at once (references between kinds, name clashes) and builds the model.</summary>
    private static SchemaModel Resolve(State state, string? defaultNamespace)
    {
        var namespaceName = state.Namespace ?? (defaultNamespace is { Length: > 0 } ns && Identifiers.IsNamespace(ns) ? ns : DefaultNamespace);
        var catalog = state.Catalog ?? "Facts";
        var languages = state.Languages ?? new List<string> { "en" };
        var broken = new HashSet<string>(state.BrokenKinds, StringComparer.Ordinal);

        // Every generated type name must be unique within the namespace.
        var typeNames = new Dictionary<string, string>(StringComparer.Ordinal) { [catalog] = "the catalog" };
        foreach (var type in state.Structs.Concat(state.Kinds))
        {
            var names = new List<string> { type.Model.TypeName };
            names.AddRange(type.Model.Fields.Where(f => f.Type == FieldType.Enum).Select(f => type.Model.EnumTypeName(f)));
            foreach (var name in names)
            {
                if (typeNames.TryGetValue(name, out var owner) || Array.IndexOf(RuntimeTypeNames, name) >= 0)
                {
                    state.Report(type.Location, $"'{type.Model.Name}' makes the C# type '{name}', which {owner ?? "the runtime library"} already uses; rename the kind, struct or field.");
                    broken.Add(type.Model.Name);
                }
                else
                {
                    typeNames[name] = $"'{type.Model.Name}'";
                }
            }

        }

        var catalogClasses = new HashSet<string>(StringComparer.Ordinal) { "All", "Languages" };
        foreach (var kind in state.Kinds)
        {
            if (!catalogClasses.Add(kind.Model.CatalogName!))
            {
                state.Report(kind.Location, $"the kind '{kind.Model.Name}' makes the catalog class '{catalog}.{kind.Model.CatalogName}', which is already taken; give it another 'plural:'.");
                broken.Add(kind.Model.Name);
            }
        }

        var kindNames = state.Kinds.Select(k => k.Model.Name).ToList();
        var structNames = state.Structs.Select(s => s.Model.Name).ToList();
        foreach (var type in state.Structs.Concat(state.Kinds))
        {
            foreach (var pending in type.Targets)
            {
                var list = pending.Field.Type == FieldType.Ref ? kindNames : structNames;
                if (!list.Contains(pending.Field.Target!))
                {
                    state.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnknownReferenceTarget,
                        pending.Location,
                        pending.Field.Name,
                        pending.Field.Target!,
                        NearestMatch.Suggestion(pending.Field.Target!, list)));
                    broken.Add(type.Model.Name);
                }
            }
        }

        // A type that holds a broken struct or refers to a broken kind cannot be emitted either; repeat until nothing changes.
        bool changed;
        do
        {
            changed = false;
            foreach (var type in state.Structs.Concat(state.Kinds))
            {
                if (!broken.Contains(type.Model.Name) && type.Model.Fields.Any(f => (f.Type is FieldType.Ref or FieldType.Struct) && broken.Contains(f.Target!)))
                {
                    broken.Add(type.Model.Name);
                    changed = true;
                }
            }
        }
        while (changed);

        return new SchemaModel(
            namespaceName,
            catalog,
            languages.ToEquatableArray(),
            state.Kinds.Select(k => k.Model).Where(k => !broken.Contains(k.Name)).OrderBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray(),
            state.Structs.Select(s => s.Model).Where(s => !broken.Contains(s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal).ToEquatableArray(),
            broken.OrderBy(b => b, StringComparer.Ordinal).ToEquatableArray(),
            state.Slug);
    }

    private sealed class State
    {
        public int Files { get; set; }

        public string? Namespace { get; set; }

        public string? Catalog { get; set; }

        public string? Slug { get; set; }

        public List<string>? Languages { get; set; }

        public List<DeclaredType> Kinds { get; } = new();

        public List<DeclaredType> Structs { get; } = new();

        public List<string> BrokenKinds { get; } = new();

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public void Report(LocationInfo location, string message)
            => Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaError, location, message));
    }

    private sealed record PendingTarget(FieldModel Field, LocationInfo Location);

    private sealed record DeclaredType(TypeModel Model, LocationInfo Location, List<PendingTarget> Targets);

    /// <summary>Reads one schema file's nodes; every problem is reported at its node.</summary>
    private sealed class FileReader
    {
        private readonly State state;
        private readonly LineMap lines;

        public FileReader(State state, LineMap lines)
        {
            this.state = state;
            this.lines = lines;
        }

        public void ReadRoot(YamlNode root)
        {
            if (!ExpectMapping(root, "a mapping with 'kinds:' (and optionally 'schema:' and 'structs:')"))
            {
                return;
            }

            CheckKeys(root, TopLevelKeys, "at the top of a schema file");
            if (FactFileBinder.Value(root, "schema") is { } settings && !settings.IsNull)
            {
                ReadSettings(settings);
            }

            // Structs first: kinds may hold them.
            if (FactFileBinder.Value(root, "structs") is { } structs && !structs.IsNull && ExpectMapping(structs, "a mapping of struct names to their declarations"))
            {
                foreach (var pair in structs.Pairs)
                {
                    ReadType(pair.Key, pair.Value, isKind: false);
                }
            }

            if (FactFileBinder.Value(root, "kinds") is { } kinds && !kinds.IsNull && ExpectMapping(kinds, "a mapping of kind names to their declarations"))
            {
                foreach (var pair in kinds.Pairs)
                {
                    ReadType(pair.Key, pair.Value, isKind: true);
                }
            }
        }

        private void ReadSettings(YamlNode settings)
        {
            if (!ExpectMapping(settings, "the schema settings (namespace, catalog, languages)"))
            {
                return;
            }

            CheckKeys(settings, SettingsKeys, "under 'schema:'");
            if (FactFileBinder.Value(settings, "namespace") is { } ns && Scalar(ns, "a C# namespace such as 'Briefings.Story'") is { } nsText)
            {
                if (!Identifiers.IsNamespace(nsText))
                {
                    Report(ns, $"'{YamlNode.Shorten(nsText)}' is not a C# namespace; write ASCII names joined by dots, such as 'Briefings.Story'.");
                }
                else if (state.Namespace is not null && state.Namespace != nsText)
                {
                    Report(ns, $"the namespace is already set to '{state.Namespace}' in another schema file; set it once.");
                }
                else
                {
                    state.Namespace = nsText;
                }
            }

            if (FactFileBinder.Value(settings, "catalog") is { } catalog && Scalar(catalog, "a C# class name such as 'Facts'") is { } catalogText)
            {
                if (!Identifiers.IsNamespace(catalogText) || catalogText.Contains("."))
                {
                    Report(catalog, $"'{YamlNode.Shorten(catalogText)}' is not a C# class name; write one ASCII name, such as 'Facts'.");
                }
                else
                {
                    state.Catalog = catalogText;
                }
            }

            if (FactFileBinder.Value(settings, "slug") is { } slug && Scalar(slug, "the story's slug, such as 'deepseek-shock'") is { } slugText)
            {
                if (!Identifiers.IsSlug(slugText))
                {
                    Report(slug, $"'{YamlNode.Shorten(slugText)}' is not a slug; the story's slug names its briefings, so write lower-case ASCII letters and digits joined by single hyphens, such as '{Identifiers.Slugify(slugText)}'.");
                }
                else if (state.Slug is not null && state.Slug != slugText)
                {
                    Report(slug, $"the slug is already set to '{state.Slug}' in another schema file; set it once.");
                }
                else
                {
                    state.Slug = slugText;
                }
            }

            if (FactFileBinder.Value(settings, "languages") is { } languages)
            {
                if (languages.Kind != YamlNodeKind.Sequence || languages.Items.Count == 0)
                {
                    Report(languages, "'languages' is a list of language tags, such as [en, zh-Hant]; the first is the fallback.");
                    return;
                }

                var list = new List<string>();
                foreach (var item in languages.Items)
                {
                    var tag = Scalar(item, "a language tag such as 'en' or 'zh-Hant'");
                    if (tag is null)
                    {
                        continue;
                    }

                    if (!LanguageTag.IsMatch(tag))
                    {
                        Report(item, $"'{YamlNode.Shorten(tag)}' is not a BCP 47 language tag such as 'en' or 'zh-Hant'.");
                    }
                    else if (list.Contains(tag))
                    {
                        Report(item, $"the language '{tag}' is listed twice.");
                    }
                    else
                    {
                        list.Add(tag);
                    }
                }

                state.Languages = list.Count > 0 ? list : state.Languages;
            }
        }

        private void ReadType(YamlNode nameNode, YamlNode declaration, bool isKind)
        {
            var what = isKind ? "kind" : "struct";
            var name = nameNode.Value;
            if (!Identifiers.IsName(name))
            {
                Report(nameNode, $"'{YamlNode.Shorten(name)}' is not a valid {what} name; use lower-case ASCII letters, digits and hyphens, starting with a letter (such as '{Identifiers.Slugify(name)}').");
                return;
            }

            var location = lines.Node(nameNode);
            if (state.Kinds.Concat(state.Structs).Any(t => t.Model.Name == name))
            {
                Report(nameNode, $"'{name}' is declared twice; each kind and struct is declared once, in one schema file.");
                return;
            }

            if (!ExpectMapping(declaration, $"the declaration of the {what} '{name}' (description, {(isKind ? "plural, " : string.Empty)}fields)"))
            {
                state.BrokenKinds.Add(name);
                return;
            }

            CheckKeys(declaration, isKind ? TypeKeys : TypeKeys.Where(k => k != "plural").ToArray(), $"in the {what} '{name}'");
            var typeName = Identifiers.ToPascalCase(name);
            var description = OptionalText(declaration, "description") ?? string.Empty;
            string? catalogName = null;
            if (isKind)
            {
                var plural = FactFileBinder.Value(declaration, "plural") is { } pluralNode ? Scalar(pluralNode, "the plural of the kind's name") : null;
                if (plural is not null && !Identifiers.IsName(plural))
                {
                    Report(FactFileBinder.Value(declaration, "plural")!, $"'{YamlNode.Shorten(plural)}' is not a valid name; use lower-case ASCII letters, digits and hyphens.");
                    plural = null;
                }

                catalogName = Identifiers.ToPascalCase(plural ?? name + "s");
                if (catalogName == typeName)
                {
                    Report(nameNode, $"the kind '{name}' and its plural make the same C# name '{typeName}'; give it a different 'plural:'.");
                    state.BrokenKinds.Add(name);
                    return;
                }
            }

            var fields = new List<FieldModel>();
            var targets = new List<PendingTarget>();
            var broken = false;
            var fieldsNode = FactFileBinder.Value(declaration, "fields");
            if (fieldsNode is not null && !fieldsNode.IsNull && ExpectMapping(fieldsNode, "a mapping of field names to their declarations"))
            {
                var properties = new HashSet<string>(StringComparer.Ordinal);
                foreach (var pair in fieldsNode.Pairs)
                {
                    var field = ReadField(pair.Key, pair.Value, typeName, isKind, targets);
                    if (field is null)
                    {
                        broken = true;
                    }
                    else if (field.Role == FieldRole.Citations && fields.Any(f => f.Role == FieldRole.Citations))
                    {
                        Report(pair.Key, $"'{name}' already has a field with 'role: citations'; a kind holds its citations in one field.");
                        broken = true;
                    }
                    else if (!properties.Add(field.PropertyName))
                    {
                        Report(pair.Key, $"the field '{field.Name}' makes the C# property '{field.PropertyName}', as another field of '{name}' does; rename one.");
                        broken = true;
                    }
                    else
                    {
                        fields.Add(field);
                    }
                }
            }

            if (broken)
            {
                state.BrokenKinds.Add(name);
                return;
            }

            var model = new TypeModel(name, typeName, catalogName, description, fields.ToEquatableArray());
            (isKind ? state.Kinds : state.Structs).Add(new DeclaredType(model, location, targets));
        }

        private FieldModel? ReadField(YamlNode nameNode, YamlNode declaration, string typeName, bool inKind, List<PendingTarget> targets)
        {
            var name = nameNode.Value;
            if (!Identifiers.IsName(name))
            {
                Report(nameNode, $"'{YamlNode.Shorten(name)}' is not a valid field name; use lower-case ASCII letters, digits, hyphens and underscores, starting with a letter.");
                return null;
            }

            if (Array.IndexOf(ReservedFieldNames, name) >= 0)
            {
                Report(nameNode, $"'{name}' is reserved: every fact already has 'id' and 'kind', and 'facts' lists facts in a file. Choose another name.");
                return null;
            }

            var property = Identifiers.ToPascalCase(name);
            if (Array.IndexOf(ReservedPropertyNames, property) >= 0 || property == typeName)
            {
                Report(nameNode, $"the field '{name}' makes the C# property '{property}', which the record already has; choose another name.");
                return null;
            }

            // Shorthand: "title: localized" means { type: localized }.
            YamlNode? typeNode;
            if (declaration.Kind == YamlNodeKind.Scalar && !declaration.IsNull)
            {
                typeNode = declaration;
            }
            else if (ExpectMapping(declaration, $"the declaration of the field '{name}' (type, required, ...) or just its type"))
            {
                CheckKeys(declaration, FieldKeys, $"in the field '{name}'");
                typeNode = FactFileBinder.Value(declaration, "type");
                if (typeNode is null)
                {
                    Report(nameNode, $"the field '{name}' has no 'type:'; add one, such as 'type: text'.");
                    return null;
                }
            }
            else
            {
                return null;
            }

            var typeText = Scalar(typeNode, "a field type such as 'text' or 'date'");
            if (typeText is null)
            {
                return null;
            }

            string? target = null;
            FieldType type;
            if (BuiltInTypes.TryGetValue(typeText, out var builtIn))
            {
                type = builtIn;
            }
            else if (state.Structs.Any(s => s.Model.Name == typeText))
            {
                type = FieldType.Struct;
                target = typeText;
                if (!inKind)
                {
                    Report(typeNode, $"a struct's field cannot hold another struct ('{typeText}'); declare the field in the kind instead.");
                    return null;
                }
            }
            else
            {
                var choices = BuiltInTypes.Keys.Concat(state.Structs.Select(s => s.Model.Name)).ToList();
                state.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownFieldType,
                    lines.Node(typeNode),
                    YamlNode.Shorten(typeText),
                    NearestMatch.Suggestion(typeText, choices),
                    string.Join(", ", choices) + " (structs are declared under 'structs:' before use)"));
                return null;
            }

            var isMapping = declaration.Kind == YamlNodeKind.Mapping;
            var isList = isMapping && Flag(declaration, "list");
            var required = isMapping && Flag(declaration, "required");
            var description = isMapping ? OptionalText(declaration, "description") ?? string.Empty : string.Empty;

            var enumValues = new List<string>();
            var role = FieldRole.None;
            if (type == FieldType.Ref)
            {
                var kindNode = isMapping ? FactFileBinder.Value(declaration, "kind") : null;
                target = kindNode is null ? null : Scalar(kindNode, "the name of the kind referred to");
                if (target is null)
                {
                    Report(nameNode, $"the reference field '{name}' needs 'kind:', the kind of fact it refers to.");
                    return null;
                }

                targets.Add(new PendingTarget(MakeField(), lines.Node(kindNode!)));
            }
            else if (type == FieldType.Enum)
            {
                var valuesNode = isMapping ? FactFileBinder.Value(declaration, "values") : null;
                if (valuesNode is null || valuesNode.Kind != YamlNodeKind.Sequence || valuesNode.Items.Count == 0)
                {
                    Report(valuesNode ?? nameNode, $"the enumeration field '{name}' needs 'values:', a list such as [up, down].");
                    return null;
                }

                var members = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in valuesNode.Items)
                {
                    var value = Scalar(item, "an enumeration value");
                    if (value is null)
                    {
                        return null;
                    }

                    if (!Identifiers.IsEnumValue(value) || !members.Add(Identifiers.ToPascalCase(value)))
                    {
                        Report(item, $"'{YamlNode.Shorten(value)}' cannot be an enumeration value: use ASCII letters and digits joined by hyphens, each value making a different C# name.");
                        return null;
                    }

                    enumValues.Add(value);
                }
            }

            if (isMapping && FactFileBinder.Value(declaration, "role") is { } roleNode && !roleNode.IsNull && Scalar(roleNode, "a field role such as 'citations'") is { } roleText)
            {
                if (Array.IndexOf(FieldRoles, roleText) < 0)
                {
                    Report(roleNode, $"'{YamlNode.Shorten(roleText)}' is not a field role{NearestMatch.Suggestion(roleText, FieldRoles)}; the roles are: {string.Join(", ", FieldRoles)}.");
                    return null;
                }

                if (!inKind || type != FieldType.Struct || !isList)
                {
                    Report(roleNode, $"'role: citations' marks a kind's list of citation structs (such as 'sources: {{ type: citation, list: true, role: citations }}'); the field '{name}' is not one.");
                    return null;
                }

                role = FieldRole.Citations;
            }

            var field = MakeField();
            if (isMapping && FactFileBinder.Value(declaration, "default") is { } defaultNode && !defaultNode.IsNull)
            {
                if (required)
                {
                    Report(defaultNode, $"the field '{name}' is required, so a default is never used; remove 'default:' or 'required: true'.");
                    return null;
                }

                if (isList || type is FieldType.Ref or FieldType.Struct or FieldType.Localized)
                {
                    Report(defaultNode, $"a default can only be given for a single text, number, date, money, URL, true/false or enumeration value, not for the field '{name}'.");
                    return null;
                }

                // A default is typed exactly as a fact's value would be, by the same binder.
                var diagnostics = new List<DiagnosticInfo>();
                var schemaSoFar = new SchemaModel("Schema", "Facts", EquatableArray<string>.Empty, EquatableArray<TypeModel>.Empty, EquatableArray<TypeModel>.Empty, EquatableArray<string>.Empty);
                var owner = new TypeModel("owner", typeName, null, string.Empty, EquatableArray<FieldModel>.Empty);
                var context = new BindContext(schemaSoFar, lines, diagnostics);
                var expression = ValueBinder.Bind(context, owner, field, defaultNode);
                state.Diagnostics.AddRange(diagnostics);
                if (expression is null)
                {
                    return null;
                }

                // Enum members are written unqualified; the emitter qualifies them in place.
                field = field with { DefaultExpression = type == FieldType.Enum ? Identifiers.ToPascalCase(defaultNode.Value) : CSharpLiteral.Default(type, defaultNode.Value) };
            }

            return field;

            FieldModel MakeField() => new(name, property, type, target, enumValues.ToEquatableArray(), isList, required, null, description, role);
        }

        private bool Flag(YamlNode mapping, string key)
        {
            var node = FactFileBinder.Value(mapping, key);
            if (node is null || node.IsNull)
            {
                return false;
            }

            if (node.Kind == YamlNodeKind.Scalar && node.IsPlain && node.Value is "true" or "false")
            {
                return node.Value == "true";
            }

            Report(node, $"'{key}' is true or false.");
            return false;
        }

        private string? OptionalText(YamlNode mapping, string key)
            => FactFileBinder.Value(mapping, key) is { } node && !node.IsNull ? Scalar(node, "text") : null;

        private string? Scalar(YamlNode node, string expected)
        {
            if (node.Kind == YamlNodeKind.Scalar && !node.IsNull)
            {
                return node.Value;
            }

            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongShape, lines.Node(node), expected, node.Describe()));
            return null;
        }

        private bool ExpectMapping(YamlNode node, string expected)
        {
            if (node.Kind == YamlNodeKind.Mapping)
            {
                return true;
            }

            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongShape, lines.Node(node), expected, node.Describe()));
            return false;
        }

        private void CheckKeys(YamlNode mapping, string[] allowed, string where)
        {
            foreach (var pair in mapping.Pairs)
            {
                if (Array.IndexOf(allowed, pair.Key.Value) < 0)
                {
                    Report(pair.Key, $"'{YamlNode.Shorten(pair.Key.Value)}' is not a setting {where}{NearestMatch.Suggestion(pair.Key.Value, allowed)}; the settings are: {string.Join(", ", allowed)}.");
                }
            }
        }

        private void Report(YamlNode node, string message) => state.Report(lines.Node(node), message);
    }
}
