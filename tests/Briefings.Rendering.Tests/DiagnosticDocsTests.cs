using System.IO;
using System.Linq;
using Briefings.Rendering.Diagnostics;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>The templates' README table of rendering diagnostics says what the renderer reports: one row per descriptor, same id, severity and title.</summary>
public class DiagnosticDocsTests
{
    [Fact]
    public void The_templates_README_table_lists_every_rendering_diagnostic_with_its_severity_and_title()
    {
        var documented = DiagnosticTable.Read(Path.Combine(RepositoryPaths.Templates, "README.md"), "## Escaping and errors");
        var reported = RenderDiagnostics.All
            .OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .Select(d => $"{d.Id} | {(d.Severity == RenderSeverity.Error ? "error" : "warning")} | {d.Title}")
            .ToArray();

        Assert.Equal(reported, documented);
    }
}
