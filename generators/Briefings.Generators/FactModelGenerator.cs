using System.Collections.Generic;
using System.Collections.Immutable;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Pipeline;
using Briefings.Facts.Schema;
using Briefings.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Briefings.Generators;

/// <summary>
/// Turns the YAML fact files of a project (its AdditionalFiles ending in .yaml or .yml) into typed
/// C# records and a catalog of every fact, and reports bad facts at their line and column.
/// </summary>
/// <remarks>
/// A thin adapter: every step is a <see cref="FactPipeline"/> function of the Roslyn-free core (Briefings.Facts);
/// this class only wires them into Roslyn's incremental graph, AdditionalTexts in, Diagnostics and sources out.
/// Pipeline: each file's text → (schema files) one merged schema model → each fact file bound on its
/// own against the schema → (a) its diagnostics, (b) a small index for the cross-file checks, (c) its
/// location-free facts → the catalog. Editing one fact file re-binds only that file; editing C# re-runs
/// nothing here; moving text within a file re-reports diagnostics but re-emits no code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class FactModelGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property that names the facts folder; file keys and messages are relative to it.</summary>
    public const string FactsRootProperty = "build_property.BriefingsFactsRoot";

    /// <summary>
    /// The MSBuild property BriefingsFactDataLiterals: <c>string</c>, <c>deflate</c> or <c>utf8</c> forces how facts are
    /// compiled in; anything else (the default) picks by size (see <see cref="FactPipeline.ForcedDataForm"/>).
    /// </summary>
    public const string FactDataLiteralsProperty = "build_property.BriefingsFactDataLiterals";

    /// <summary>
    /// The MSBuild property BriefingsDiagnosticsPage: the full path of the diagnostics page the package ships
    /// (docs/diagnostics.md); every diagnostic's help link is then that file's URI and the id's anchor.
    /// </summary>
    public const string DiagnosticsPageProperty = "build_property.BriefingsDiagnosticsPage";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
        {
            options.GlobalOptions.TryGetValue(FactsRootProperty, out var root);
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            options.GlobalOptions.TryGetValue(FactDataLiteralsProperty, out var literals);
            options.GlobalOptions.TryGetValue(DiagnosticsPageProperty, out var page);
            return (Root: root ?? string.Empty, Namespace: rootNamespace ?? string.Empty, Literals: literals ?? string.Empty, Page: page ?? string.Empty);
        });
        var helpPage = settings.Select(static (s, _) => s.Page);

        // Every YAML file as text and a stable key; the only step that touches AdditionalText.
        var yamlFiles = context.AdditionalTextsProvider
            .Where(static file => FactPipeline.IsYaml(file.Path))
            .Combine(settings.Select(static (s, _) => s.Root))
            .Select(static (pair, cancellationToken) => FactPipeline.File(pair.Left.Path, pair.Right, ReadText(pair.Left.GetText(cancellationToken))));

        var schemaFiles = yamlFiles.Where(static f => FactPipeline.IsSchemaFile(f.Path)).WithTrackingName(TrackingNames.SchemaFiles);
        var factFiles = yamlFiles.Where(static f => !FactPipeline.IsSchemaFile(f.Path)).WithTrackingName(TrackingNames.FactFiles);

        // The schema: all schema files merged. Its model alone flows on, so a comment added to the schema re-binds nothing.
        var schema = schemaFiles.Collect()
            .Combine(settings.Select(static (s, _) => s.Namespace))
            .Select(static (pair, cancellationToken) => FactPipeline.ReadSchema(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Schema);
        var schemaModel = schema.Select(static (s, _) => s.Model).WithTrackingName(TrackingNames.SchemaModel);

        // Each fact file on its own: a change to one file re-binds that file only.
        var bindings = factFiles.Combine(schemaModel)
            .Select(static (pair, cancellationToken) => FactPipeline.BindFile(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BindFactFile);

        var indexes = bindings.Select(static (b, _) => b.Index).WithTrackingName(TrackingNames.FileIndex);
        var crossFile = indexes.Collect().Combine(schemaModel)
            .Select(static (pair, _) => FactPipeline.CheckAcrossFiles(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CrossFileChecks);

        var catalog = bindings.Select(static (b, _) => b.Facts).WithTrackingName(TrackingNames.FileFacts)
            .Collect()
            .Combine(schemaModel)
            .Combine(settings.Select(static (s, _) => FactPipeline.ForcedDataForm(s.Literals)))
            .Select(static (pair, _) => FactPipeline.Catalog(pair.Left.Left, pair.Left.Right) is { } spec ? spec with { ForcedForm = pair.Right } : null)
            .WithTrackingName(TrackingNames.Catalog);

        // Only whether any fact file exists: collecting the texts themselves would compare every file on every run.
        var anyFactFile = factFiles.Select(static (_, _) => true).Collect().Select(static (flags, _) => flags.Length > 0);

        context.RegisterSourceOutput(schema.Combine(anyFactFile).Combine(helpPage), static (spc, pair) => Report(spc, FactPipeline.SchemaDiagnostics(pair.Left.Left, pair.Left.Right), pair.Right));
        context.RegisterSourceOutput(bindings.Select(static (b, _) => b.Diagnostics).Combine(helpPage), static (spc, pair) => Report(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(crossFile.Combine(helpPage), static (spc, pair) => Report(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(catalog.Select(static (spec, _) => FactPipeline.CatalogDiagnostics(spec)).Combine(helpPage), static (spc, pair) => Report(spc, pair.Left, pair.Right));

        context.RegisterSourceOutput(schemaModel, static (spc, model) => AddSources(spc, model is null ? [] : FactPipeline.EmitTypes(model)));
        context.RegisterSourceOutput(catalog, static (spc, spec) => AddSources(spc, spec is null ? [] : FactPipeline.EmitCatalog(spec)));
    }

    private static void AddSources(SourceProductionContext context, IEnumerable<(string HintName, string Source)> sources)
    {
        foreach (var (hintName, source) in sources)
        {
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics, string helpPage)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(helpPage));
        }
    }

    private static string? ReadText(SourceText? text) => text?.ToString();
}
