using System;
using System.IO;
using System.Linq;
using Briefings.Generators.Binding;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Emit;
using Briefings.Generators.Helpers;
using Briefings.Generators.Schema;
using Briefings.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Briefings.Generators;

/// <summary>
/// Turns the YAML fact files of a project (its AdditionalFiles ending in .yaml or .yml) into typed
/// C# records and a catalog of every fact, and reports bad facts at their line and column.
/// </summary>
/// <remarks>
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

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
        {
            options.GlobalOptions.TryGetValue(FactsRootProperty, out var root);
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            options.GlobalOptions.TryGetValue(FactDataLiteralsProperty, out var literals);
            return (Root: root ?? string.Empty, Namespace: rootNamespace ?? string.Empty, Literals: literals ?? string.Empty);
        });

        // Every YAML file as text and a stable key; the only step that touches AdditionalText.
        var yamlFiles = context.AdditionalTextsProvider
            .Where(static file => IsYaml(file.Path))
            .Combine(settings.Select(static (s, _) => s.Root))
            .Select(static (pair, cancellationToken) => new FactFileText(
                pair.Left.Path,
                FileKey(pair.Left.Path, pair.Right),
                ReadText(pair.Left.GetText(cancellationToken))));

        var schemaFiles = yamlFiles.Where(static f => SchemaReader.IsSchemaFile(f.Path)).WithTrackingName(TrackingNames.SchemaFiles);
        var factFiles = yamlFiles.Where(static f => !SchemaReader.IsSchemaFile(f.Path)).WithTrackingName(TrackingNames.FactFiles);

        // The schema: all schema files merged. Its model alone flows on, so a comment added to the schema re-binds nothing.
        var schema = schemaFiles.Collect()
            .Combine(settings.Select(static (s, _) => s.Namespace))
            .Select(static (pair, cancellationToken) => SchemaReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Schema);
        var schemaModel = schema.Select(static (s, _) => s.Model).WithTrackingName(TrackingNames.SchemaModel);

        // Each fact file on its own: a change to one file re-binds that file only.
        var bindings = factFiles.Combine(schemaModel)
            .Select(static (pair, cancellationToken) => FactFileBinder.Bind(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BindFactFile);

        var indexes = bindings.Select(static (b, _) => b.Index).WithTrackingName(TrackingNames.FileIndex);
        var crossFile = indexes.Collect().Combine(schemaModel)
            .Select(static (pair, _) => CrossFileChecks.Run(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CrossFileChecks);

        var catalog = bindings.Select(static (b, _) => b.Facts).WithTrackingName(TrackingNames.FileFacts)
            .Collect()
            .Combine(schemaModel)
            .Combine(settings.Select(static (s, _) => StringLiteralBudget(s.Literals)))
            .Select(static (pair, _) => pair.Left.Right is null ? null : CatalogSpec.Create(pair.Left.Left, pair.Left.Right) with { StringLiteralBudget = pair.Right })
            .WithTrackingName(TrackingNames.Catalog);

        // Only whether any fact file exists: collecting the texts themselves would compare every file on every run.
        var anyFactFile = factFiles.Select(static (_, _) => true).Collect().Select(static (flags, _) => flags.Length > 0);

        context.RegisterSourceOutput(schema.Combine(anyFactFile), static (spc, pair) =>
        {
            Report(spc, pair.Left.Diagnostics);
            if (pair.Left.Model is null && pair.Right)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoSchema, Location.None));
            }
        });
        context.RegisterSourceOutput(bindings.Select(static (b, _) => b.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(crossFile, static (spc, diagnostics) => Report(spc, diagnostics));

        context.RegisterSourceOutput(schemaModel, static (spc, model) =>
        {
            if (model is not null)
            {
                foreach (var (hintName, source) in ModelEmitter.EmitTypes(model))
                {
                    spc.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
                }
            }
        });
        context.RegisterSourceOutput(catalog, static (spc, spec) =>
        {
            if (spec is not null)
            {
                foreach (var (hintName, source) in ModelEmitter.EmitCatalog(spec))
                {
                    spc.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
                }
            }
        });
    }

    /// <summary>
    /// The MSBuild property BriefingsFactDataLiterals: <c>string</c> or <c>utf8</c> forces how facts are compiled in;
    /// anything else (the default) picks by size (see <see cref="FactData.StringLiteralBudget"/>).
    /// </summary>
    public const string FactDataLiteralsProperty = "build_property.BriefingsFactDataLiterals";

    private static long StringLiteralBudget(string setting) => setting.Trim().ToLowerInvariant() switch
    {
        "string" => long.MaxValue,
        "utf8" => -1,
        _ => FactData.StringLiteralBudget,
    };

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static bool IsYaml(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string? ReadText(SourceText? text) => text?.ToString();

    /// <summary>The path relative to the facts folder, with '/', for ordering and messages; never machine-specific in output.</summary>
    internal static string FileKey(string path, string root)
    {
        var normalized = path.Replace('\\', '/');
        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/');
        if (normalizedRoot.Length > 0)
        {
            var parent = normalizedRoot.LastIndexOf('/') is var slash and >= 0 ? normalizedRoot.Substring(0, slash + 1) : string.Empty;
            if (normalized.StartsWith(normalizedRoot + "/", StringComparison.Ordinal) && parent.Length > 0)
            {
                return normalized.Substring(parent.Length);
            }
        }

        return Path.GetFileName(normalized);
    }
}
