using System.IO;
using System.Linq;
using System.Globalization;
using Briefings.Facts.Diagnostics;
using Briefings.Generators.Diagnostics;
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
