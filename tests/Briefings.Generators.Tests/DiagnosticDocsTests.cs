using System.IO;
using System.Linq;
using System.Globalization;
using Briefings.Facts.Diagnostics;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>The README's table of diagnostics says what the generator reports: one row per descriptor, same id, severity and title.</summary>
public class DiagnosticDocsTests
{
    [Fact]
    public void The_README_table_lists_every_generator_diagnostic_with_its_severity_and_title() => DiagnosticTable.AssertLists(
        Path.Combine(RepositoryPaths.Root, "README.md"),
        "## Read an error",
        DiagnosticDescriptors.Descriptors.Select(d => (d.Id, d.Severity == Severity.Error, d.Title)));

    [Fact]
    public void The_packages_diagnostics_page_lists_every_generator_diagnostic_with_its_severity_and_title() => DiagnosticTable.AssertLists(
        DiagnosticsPage,
        "## Facts and schema (BRF001–BRF099)",
        DiagnosticDescriptors.Descriptors.Select(d => (d.Id, d.Severity == Severity.Error, d.Title)));

    /// <summary>Without the build's page property, a help link is relative to the package root, where the page is packed.</summary>
    [Fact]
    public void Every_help_link_resolves_to_an_anchor_of_the_page_the_package_ships()
    {
        var package = Path.Combine(RepositoryPaths.Root, "src", "Briefings.Package");
        foreach (var descriptor in RoslynDiagnostics.Descriptors)
        {
            var parts = descriptor.HelpLinkUri.Split('#');
            Assert.Equal(2, parts.Length);
            Assert.Equal(DiagnosticDescriptors.DiagnosticsPage, parts[0]);
            AssertAnchor(Path.Combine(package, parts[0]), parts[1], descriptor.Id);
        }
    }

    /// <summary>
    /// As a desk's build reports them: the package's build file gives the page's full path (BriefingsDiagnosticsPage), and
    /// every diagnostic's help link is that file's URI with the id's anchor, which resolves on the desk's own machine.
    /// </summary>
    [Fact]
    public void In_a_build_every_help_link_is_the_file_uri_of_the_packages_page_with_the_ids_anchor()
    {
        var files = Samples.EveryTypeWith(
            ("bad/unknown-field.yaml", "kind: source\nid: x\ntitle: { en: X, zh-Hant: 甲 }\nauthor: nobody\n"),
            ("bad/comma.yaml", "kind: source\nid: y\ntitle: { en: A, b, zh-Hant: 乙 }\n"),
            ("bad/empty.yaml", ""));
        var run = GeneratorHarness.Run(files.Select(f => GeneratorHarness.File(f.Path, f.Text)), diagnosticsPage: DiagnosticsPage);

        var diagnostics = run.Result.Diagnostics;
        Assert.Equal(["BRF007", "BRF013", "BRF028"], diagnostics.Select(d => d.Id).Distinct().Order(System.StringComparer.Ordinal));
        foreach (var diagnostic in diagnostics)
        {
            var link = new System.Uri(diagnostic.Descriptor.HelpLinkUri);
            Assert.True(link.IsFile, diagnostic.Descriptor.HelpLinkUri);
            AssertAnchor(link.LocalPath, link.Fragment.TrimStart('#'), diagnostic.Id);
        }
    }

    private static string DiagnosticsPage => Path.Combine(RepositoryPaths.Root, "src", "Briefings.Package", "docs", "diagnostics.md");

    private static void AssertAnchor(string page, string anchor, string id)
    {
        Assert.True(File.Exists(page), $"{id}: the help page {page} does not exist");
        Assert.Equal(id.ToLowerInvariant(), anchor);
        Assert.Contains($"<a id=\"{anchor}\"></a>{id} |", File.ReadAllText(page), System.StringComparison.Ordinal);
    }

    /// <summary>
    /// The generator's Roslyn descriptors (one field each, for release tracking) and the pipeline's own list say the same:
    /// same ids, and for each the same field name, severity, title, message and help link.
    /// </summary>
    [Fact]
    public void The_compilers_descriptors_are_the_pipelines_descriptors()
    {
        static string[] Names(System.Type type, System.Type fieldType) => type.GetFields().Where(f => f.FieldType == fieldType).Select(f => f.Name).Order(System.StringComparer.Ordinal).ToArray();

        Assert.Equal(DiagnosticDescriptors.Descriptors.Select(d => d.Id), RoslynDiagnostics.Descriptors.Select(d => d.Id));
        Assert.Equal(Names(typeof(DiagnosticDescriptors), typeof(DescriptorInfo)), Names(typeof(RoslynDiagnostics), typeof(DiagnosticDescriptor)));
        foreach (var field in typeof(RoslynDiagnostics).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
        {
            var roslyn = (DiagnosticDescriptor)field.GetValue(null)!;
            var core = (DescriptorInfo)typeof(DiagnosticDescriptors).GetField(field.Name)!.GetValue(null)!;
            Assert.Equal(core.Id, roslyn.Id);
            Assert.Equal(core.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, roslyn.DefaultSeverity);
            Assert.Equal(core.Title, roslyn.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(core.MessageFormat, roslyn.MessageFormat.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(core.HelpLink, roslyn.HelpLinkUri);
            Assert.StartsWith("Briefings.", roslyn.Category, System.StringComparison.Ordinal);
        }
    }
}
