using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Briefings.Generators.Diagnostics;

/// <summary>
/// The compiler's view of the fact pipeline's diagnostics: one Roslyn descriptor per id of
/// <see cref="DiagnosticDescriptors"/> (title, message and help link come from there), and the conversions the
/// generator reports through. Ids, categories and severities are written here as constants, one field each, so the
/// release tracking analyzers check them against AnalyzerReleases.*.md; a test checks this list against the core's.
/// </summary>
internal static class RoslynDiagnostics
{
    private const string YamlCategory = "Briefings.Yaml";
    private const string FactsCategory = "Briefings.Facts";
    private const string SchemaCategory = "Briefings.Schema";

    public static readonly DiagnosticDescriptor YamlSyntax = Error("BRF001", YamlCategory);

    public static readonly DiagnosticDescriptor TabIndentation = Error("BRF002", YamlCategory);

    public static readonly DiagnosticDescriptor InvalidUtf8 = Error("BRF003", YamlCategory);

    public static readonly DiagnosticDescriptor ControlCharacter = Error("BRF004", YamlCategory);

    public static readonly DiagnosticDescriptor UnreadableFile = Error("BRF005", YamlCategory);

    public static readonly DiagnosticDescriptor MultipleDocuments = Error("BRF006", YamlCategory);

    public static readonly DiagnosticDescriptor EmptyFile = Warning("BRF007", YamlCategory);

    public static readonly DiagnosticDescriptor LimitExceeded = Error("BRF008", YamlCategory);

    public static readonly DiagnosticDescriptor UnsupportedYaml = Error("BRF009", YamlCategory);

    public static readonly DiagnosticDescriptor DuplicateKey = Error("BRF010", YamlCategory);

    public static readonly DiagnosticDescriptor WrongShape = Error("BRF011", YamlCategory);

    public static readonly DiagnosticDescriptor UnknownKind = Error("BRF012", FactsCategory);

    public static readonly DiagnosticDescriptor UnknownField = Error("BRF013", FactsCategory);

    public static readonly DiagnosticDescriptor MissingRequiredField = Error("BRF014", FactsCategory);

    public static readonly DiagnosticDescriptor InvalidValue = Error("BRF015", FactsCategory);

    public static readonly DiagnosticDescriptor NotInEnumeration = Error("BRF016", FactsCategory);

    public static readonly DiagnosticDescriptor DanglingReference = Error("BRF017", FactsCategory);

    public static readonly DiagnosticDescriptor ReferenceToWrongKind = Error("BRF018", FactsCategory);

    public static readonly DiagnosticDescriptor DuplicateId = Error("BRF019", FactsCategory);

    public static readonly DiagnosticDescriptor InvalidId = Error("BRF020", FactsCategory);

    public static readonly DiagnosticDescriptor IdentifierCollision = Error("BRF021", FactsCategory);

    public static readonly DiagnosticDescriptor MissingTranslation = Warning("BRF022", FactsCategory);

    public static readonly DiagnosticDescriptor UnknownLanguage = Error("BRF023", FactsCategory);

    public static readonly DiagnosticDescriptor MissingKind = Error("BRF024", FactsCategory);

    public static readonly DiagnosticDescriptor MissingId = Error("BRF025", FactsCategory);

    public static readonly DiagnosticDescriptor CommaInFlowText = Error("BRF028", YamlCategory);

    public static readonly DiagnosticDescriptor NoSchema = Error("BRF026", SchemaCategory);

    public static readonly DiagnosticDescriptor ReservedName = Error("BRF027", FactsCategory);

    public static readonly DiagnosticDescriptor SchemaError = Error("BRF030", SchemaCategory);

    public static readonly DiagnosticDescriptor UnknownFieldType = Error("BRF031", SchemaCategory);

    public static readonly DiagnosticDescriptor UnknownReferenceTarget = Error("BRF032", SchemaCategory);

    public static readonly DiagnosticDescriptor LabelMissing = Warning("BRF033", SchemaCategory);

    public static readonly DiagnosticDescriptor OriginalWithoutText = Error("BRF034", FactsCategory);

    public static readonly DiagnosticDescriptor TooManyNamedFacts = Warning("BRF035", FactsCategory);

    public static readonly DiagnosticDescriptor Disagreement = Warning("BRF040", FactsCategory);

    public static readonly DiagnosticDescriptor DisagreementError = Error("BRF041", FactsCategory);

    public static readonly DiagnosticDescriptor OutOfRange = Error("BRF042", FactsCategory);

    public static readonly DiagnosticDescriptor DateOrder = Error("BRF043", FactsCategory);

    public static readonly DiagnosticDescriptor MissingCitation = Error("BRF044", FactsCategory);

    public static readonly DiagnosticDescriptor InternalError = Error("BRF099", YamlCategory);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = typeof(RoslynDiagnostics)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every descriptor, by id.</summary>
    public static IEnumerable<DiagnosticDescriptor> Descriptors => All.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => All[id];

    /// <param name="helpPage">The full path of the package's diagnostics page, or empty: the help link is then the id's
    /// anchor in that file (a file URI), which opens on the desk's machine; else the package-relative link.</param>
    public static Diagnostic ToDiagnostic(this DiagnosticInfo diagnostic, string helpPage = "") => Diagnostic.Create(
        WithHelpPage(ById(diagnostic.Id), helpPage),
        diagnostic.Location?.ToLocation() ?? Location.None,
        diagnostic.AdditionalLocations.Select(l => l.ToLocation()),
        diagnostic.Arguments.Cast<object>().ToArray());

    public static Location ToLocation(this LocationInfo location) => Location.Create(
        location.Path,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    /// <summary>The descriptor whose help link is the id's anchor in the given page (cached: a page per build, ~30 ids).</summary>
    public static DiagnosticDescriptor WithHelpPage(DiagnosticDescriptor descriptor, string helpPage)
    {
        if (string.IsNullOrEmpty(helpPage))
        {
            return descriptor;
        }

        return ByPage.GetOrAdd((descriptor.Id, helpPage), key => new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            descriptor.Description,
            DiagnosticDescriptors.HelpLinkIn(new Uri(key.Page).AbsoluteUri, key.Id),
            descriptor.CustomTags.ToArray()));
    }

    private static readonly ConcurrentDictionary<(string Id, string Page), DiagnosticDescriptor> ByPage = new();

    private static DiagnosticDescriptor Error(string id, string category)
        => new(id, Info(id).Title, Info(id).MessageFormat, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Info(id).HelpLink);

    private static DiagnosticDescriptor Warning(string id, string category)
        => new(id, Info(id).Title, Info(id).MessageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Info(id).HelpLink);

    private static DescriptorInfo Info(string id) => DiagnosticDescriptors.ById(id);
}
