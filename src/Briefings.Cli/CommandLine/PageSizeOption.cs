using System.CommandLine;
using Briefings.Rendering;
using Briefings.Rendering.Diagnostics;

namespace Briefings.Cli.CommandLine;

/// <summary>
/// <c>--page-size</c>, for the renderer and the watch loop alike. A page size that is not a whole number of 1 or more
/// is a usage error in both, reported with the renderer's own BRF115 text (canonical, so MSBuild shows it as an error
/// when the build passes a bad BriefingsPageSize), before any model is loaded or loop is started.
/// </summary>
internal static class PageSizeOption
{
    public static Option<int> Create() => CommandLines.WholeNumber(
        "--page-size",
        "Facts per page of a page template (kind.page.*.sbn); a kind with more facts is split into pages.",
        RenderRequest.DefaultPageSize,
        minimum: 1,
        error: text => RenderDiagnostics.InvalidPageSize.NoLocation(text).ToString());
}
