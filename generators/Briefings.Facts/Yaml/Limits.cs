namespace Briefings.Facts.Yaml;

/// <summary>
/// Hard limits on what one fact file may hold. YamlDotNet enforces none of these itself (its node
/// loader overflows the stack on deep nesting and its parser slows quadratically with depth), so the
/// reader stops at each and reports BRF008 at the place it was crossed. Documented in the README.
/// </summary>
internal static class Limits
{
    /// <summary>Characters in one fact file (4 Mi): far above any hand-written file.</summary>
    public const int MaxFileLength = 4 * 1024 * 1024;

    /// <summary>Characters in one value (64 Ki): a long quote fits, a pasted book does not.</summary>
    public const int MaxScalarLength = 64 * 1024;

    /// <summary>Nesting of mappings and lists: facts need four or five levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>YAML nodes in one file: about ten thousand facts' worth.</summary>
    public const int MaxNodes = 250_000;

    /// <summary>Diagnostics reported for one file before the rest are summarised.</summary>
    public const int MaxDiagnosticsPerFile = 50;
}
