namespace Briefings.Facts.Diagnostics;

/// <summary>How bad a diagnostic is: a warning lets the build go on, an error fails it.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One kind of diagnostic, with no compiler types: its stable id, a short title, the message format
/// (<c>{0}</c>, <c>{1}</c>… filled from <see cref="DiagnosticInfo.Arguments"/>, invariant culture), its severity and
/// the README anchor that explains it. The generator turns each into a Roslyn descriptor of the same id.
/// </summary>
public sealed record DescriptorInfo(string Id, string Title, string MessageFormat, Severity Severity, string HelpLink);
