using System.IO;
using System.Linq;
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
        DiagnosticDescriptors.Descriptors.Select(d => (d.Id, d.DefaultSeverity == DiagnosticSeverity.Error, d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
