using System;

namespace Briefings.Facts.Diagnostics;

/// <summary>
/// A place in a fact file as plain values: cacheable in pipeline models, unlike a compiler location.
/// Lines and columns are zero-based, as in Roslyn's LinePosition; the generator turns it into a Location when it reports.
/// </summary>
public sealed record LocationInfo(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A file-level location, for failures that have no better place.</summary>
    public static LocationInfo FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary>How a person reads this place in a message: <c>seeds/a.yaml(4,9)</c>, one-based.</summary>
    public string Display(string displayPath) => FormattableString.Invariant($"{displayPath}({StartLine + 1},{StartColumn + 1})");
}
