using System.IO;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>The templates' README table says what the renderer reports: one row per rendering descriptor, same id, severity and title.</summary>
public class DiagnosticDocsTests
{
    [Fact]
    public void The_templates_README_table_lists_every_rendering_diagnostic_with_its_severity_and_title() => DiagnosticTable.AssertLists(
        Path.Combine(RepositoryPaths.Templates, "README.md"),
        "## Escaping and errors",
        RenderDiagnostics.All.Select(d => (d.Id, d.Severity == RenderSeverity.Error, d.Title)));

    [Fact]
    public void The_packages_diagnostics_page_lists_every_rendering_diagnostic_with_its_severity_and_title() => DiagnosticTable.AssertLists(
        Path.Combine(RepositoryPaths.Root, "src", "Briefings.Package", "docs", "diagnostics.md"),
        "## Templates and rendering (BRF100–BRF199)",
        RenderDiagnostics.All.Select(d => (d.Id, d.Severity == RenderSeverity.Error, d.Title)));
}
