using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Facts.Diagnostics;

/// <summary>
/// Every diagnostic the fact pipeline reports, with no compiler types: the generator, the watch loop and the JSON
/// Schema exporter all report these. Ids are stable and never reused: a retired id stays retired (the generator tracks
/// them in AnalyzerReleases.*.md, and its RoslynDiagnostics maps each id to the compiler's descriptor; a test checks
/// the two lists agree). Each message says what is wrong and how to fix it.
/// </summary>
public static class DiagnosticDescriptors
{
    public static readonly DescriptorInfo YamlSyntax = Error(
        "BRF001", "YAML syntax error", "YAML syntax error: {0}");

    public static readonly DescriptorInfo TabIndentation = Error(
        "BRF002", "Tab used for indentation", "A tab is used for indentation here; YAML indents with spaces only. Replace the tab with spaces.");

    public static readonly DescriptorInfo InvalidUtf8 = Error(
        "BRF003", "File is not valid UTF-8", "The file is not valid UTF-8: a byte here could not be decoded (shown as U+FFFD). Save the file as UTF-8.");

    public static readonly DescriptorInfo ControlCharacter = Error(
        "BRF004", "Control character in a fact file", "The character {0} is not allowed in a fact file; remove it (tab, line feed and carriage return are the only control characters allowed).");

    public static readonly DescriptorInfo UnreadableFile = Error(
        "BRF005", "Fact file cannot be read", "The file could not be read: {0}. Check that it exists and is readable.");

    public static readonly DescriptorInfo MultipleDocuments = Error(
        "BRF006", "More than one YAML document", "A fact file holds one YAML document, and a second one starts here. Move it to a file of its own, or put its facts under 'facts:' in the first.");

    public static readonly DescriptorInfo EmptyFile = Warning(
        "BRF007", "Empty fact file", "The file holds no facts. Add 'kind:' and a fact's fields, or delete the file.");

    public static readonly DescriptorInfo LimitExceeded = Error(
        "BRF008", "Fact file exceeds a limit", "{0} This limit keeps every build fast and safe: split the file or shorten the text.");

    public static readonly DescriptorInfo UnsupportedYaml = Error(
        "BRF009", "Unsupported YAML feature", "{0} are not supported in fact files: {1}");

    public static readonly DescriptorInfo DuplicateKey = Error(
        "BRF010", "Key given twice", "The key '{0}' is given twice in this mapping (first at {1}). Remove one of them.");

    public static readonly DescriptorInfo WrongShape = Error(
        "BRF011", "Unexpected YAML structure", "Expected {0} here, but found {1}.");

    public static readonly DescriptorInfo UnknownKind = Error(
        "BRF012", "Unknown kind of fact", "There is no kind of fact named '{0}'{1}. Declare it under 'kinds:' in the schema, or use one of: {2}.");

    public static readonly DescriptorInfo UnknownField = Error(
        "BRF013", "Unknown field", "A {0} has no field '{1}'{2}. Its fields are: {3}. Fix the name, or declare the field in the schema.");

    public static readonly DescriptorInfo MissingRequiredField = Error(
        "BRF014", "Required field missing", "The {0} '{1}' lacks the required field '{2}' ({3}). Add it.");

    public static readonly DescriptorInfo InvalidValue = Error(
        "BRF015", "Value of the wrong type", "'{0}' is not a valid {1} for the field '{2}': {3}.");

    public static readonly DescriptorInfo NotInEnumeration = Error(
        "BRF016", "Value outside the enumeration", "'{0}' is not an allowed value of the field '{1}'{2}. Allowed values: {3}.");

    public static readonly DescriptorInfo DanglingReference = Error(
        "BRF017", "Reference to a missing fact", "No fact of the kind '{0}' has the id '{1}'{2}. Fix the id, or add that fact.");

    public static readonly DescriptorInfo ReferenceToWrongKind = Error(
        "BRF018", "Reference to a fact of the wrong kind", "The field '{0}' refers to the kind '{1}', but '{2}' is of the kind '{3}'. Refer to a fact of the kind '{1}', or change the field's kind in the schema.");

    public static readonly DescriptorInfo DuplicateId = Error(
        "BRF019", "Duplicate id", "The {0} id '{1}' is also used at {2}; ids are unique within a kind. Rename one of them.");

    public static readonly DescriptorInfo InvalidId = Error(
        "BRF020", "Id is not a slug", "The id '{0}' is not a slug: {1}.");

    public static readonly DescriptorInfo IdentifierCollision = Error(
        "BRF021", "Two ids become one C# name", "The {0} id '{1}' becomes the C# member '{2}', as does '{3}' at {4}. Rename one of them.");

    public static readonly DescriptorInfo MissingTranslation = Warning(
        "BRF022", "Translation missing", "The field '{0}' has no '{1}' text; briefings in '{1}' will show the '{2}' text instead. Add a '{1}:' line.");

    public static readonly DescriptorInfo UnknownLanguage = Error(
        "BRF023", "Unknown language", "'{0}' is not a language of this fact base{1}. Languages: {2}. Fix the tag, or add it to 'languages:'{3} in the schema.");

    public static readonly DescriptorInfo MissingKind = Error(
        "BRF024", "Kind of fact not given", "The file does not say what kind of fact it holds. Add 'kind: <kind>' at the top; kinds: {0}.");

    public static readonly DescriptorInfo MissingId = Error(
        "BRF025", "Fact without an id", "This {0} has no 'id:'. Give it a slug id, such as 'nvidia-shares-fall'.");

    public static readonly DescriptorInfo CommaInFlowText = Error(
        "BRF028", "Unquoted comma inside { }", "'{0}' is not a language: an unquoted comma inside `{{ … }}` probably ended the '{1}' text early. Quote the text: {1}: \"{2}\".");

    public static readonly DescriptorInfo NoSchema = Error(
        "BRF026", "No schema", "Fact files were found but no schema: add a 'schema.yaml' beside them that declares the kinds of fact under 'kinds:'.");

    public static readonly DescriptorInfo ReservedName = Error(
        "BRF027", "Name reserved by the generated code", "The {0} '{1}' becomes the C# name '{2}', which the generated code already uses. Choose another {0}.");

    public static readonly DescriptorInfo SchemaError = Error(
        "BRF030", "Invalid schema", "Schema: {0}");

    public static readonly DescriptorInfo UnknownFieldType = Error(
        "BRF031", "Unknown field type", "Schema: '{0}' is not a field type{1}. Types: {2}.");

    public static readonly DescriptorInfo UnknownReferenceTarget = Error(
        "BRF032", "Reference to an undeclared kind", "Schema: the field '{0}' refers to the kind '{1}', which is not declared{2}. Declare it under 'kinds:', or fix the name.");

    public static readonly DescriptorInfo LabelMissing = Warning(
        "BRF033", "Label missing", "Schema: the {0} '{1}' lacks labels in the story's languages ({2}): {3}. Briefings show the first language's label or the name instead; add 'label:' with every language (and 'labels:' for an enumeration's values).");

    public static readonly DescriptorInfo OriginalWithoutText = Error(
        "BRF034", "Original without its text", "The field '{0}' names '{1}' as its original language but has no '{1}' text. Add the '{1}:' text as it was first written or spoken, or name the language of one of its texts ({2}).");

    public static readonly DescriptorInfo TooManyNamedFacts = Warning(
        "BRF035", "Too many facts of a kind for a member each", "The kind '{0}' has {1} facts, more than the {2} that get a member each in the model ({3}.{4}.SomeId): reach them with {3}.{4}.Find(id), Get(id) or All. A .NET type holds at most 65,535 methods, and at this size a member per fact costs the compiler more than it gives; a story this large reads better split into several.");

    public static readonly DescriptorInfo Disagreement = Warning(
        "BRF040", "Facts about the same thing disagree", "The {0} '{1}' gives {2}: {3}, but '{4}' at {5} gives {2}: {6}, and both are the same {0} ({7}). Correct one of them, or record the dispute in a fact whose 'role: disputes' field lists both.");

    public static readonly DescriptorInfo DisagreementError = Error(
        "BRF041", "Facts about the same thing disagree (an error by the schema)", "The {0} '{1}' gives {2}: {3}, but '{4}' at {5} gives {2}: {6}, and both are the same {0} ({7}); the schema makes this an error ('disagreement: error'). Correct one of them, or record the dispute in a fact whose 'role: disputes' field lists both.");

    public static readonly DescriptorInfo OutOfRange = Error(
        "BRF042", "Value out of range", "'{0}' is {1} {2}, the '{3}:' the schema gives the field '{4}'. Fix the value, or the bound in the schema if it is wrong.");

    public static readonly DescriptorInfo DateOrder = Error(
        "BRF043", "Dates in the wrong order", "The {0} '{1}' has {2}: {3}, {4} {5}: {6}{7}; the schema says '{2}' is {8} '{5}'. Fix whichever date is wrong.");

    public static readonly DescriptorInfo MissingCitation = Error(
        "BRF044", "Required citation missing", "The {0} '{1}' does not cite {2}, which the schema requires ('must-cite: {3}'). Add a citation of it (as its source, or the source it came through).");

    public static readonly DescriptorInfo InternalError = Error(
        "BRF099", "Internal generator error", "The fact generator failed on this file ({0}: {1}). This is a bug in Briefings: please report it with the file. Other files are unaffected.");

    private static readonly Dictionary<string, DescriptorInfo> All = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DescriptorInfo))
        .Select(f => (DescriptorInfo)f.GetValue(null)!)
        .ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IEnumerable<DescriptorInfo> Descriptors => All.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public static DescriptorInfo ById(string id) => All[id];

    private static DescriptorInfo Error(string id, string title, string message)
        => new(id, title, message, Severity.Error, HelpLink(id));

    private static DescriptorInfo Warning(string id, string title, string message)
        => new(id, title, message, Severity.Warning, HelpLink(id));

    /// <summary>
    /// Where an id is explained: the package ships docs/diagnostics.md with an anchor per id. Without the build's
    /// BriefingsDiagnosticsPage (the page's full path, set by the package) the link is relative to the package's root.
    /// </summary>
    public const string DiagnosticsPage = "docs/diagnostics.md";

    public static string HelpLinkIn(string page, string id) => page + "#" + id.ToLowerInvariant();

    private static string HelpLink(string id) => HelpLinkIn(DiagnosticsPage, id);
}
