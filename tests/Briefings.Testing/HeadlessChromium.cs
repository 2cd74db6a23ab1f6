using System;
using System.IO;
using Xunit;

namespace Briefings.Testing;

/// <summary>
/// Where the browser tests find Chromium (Debian's /usr/bin/chromium), and whether they may skip without it: on a
/// newcomer's machine a missing browser is a visible skip that names the install line; with
/// <c>BRIEFINGS_REQUIRE_BROWSER=1</c> (set by .ci/run) the tests run anyway and fail, so CI never loses the coverage.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string RequireVariable = "BRIEFINGS_REQUIRE_BROWSER";

    public const string Install = "apt-get install chromium fonts-noto-cjk";

    public static string Missing => $"Chromium is not installed ({ExecutablePath}): {Install}";

    /// <summary>Null when the browser tests run; else why they are skipped.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable(RequireVariable) == "1"
            ? null
            : Missing + $" (skipped; {RequireVariable}=1 makes this a failure, as in CI).";

    /// <summary>Fails with the install line when the browser is required but missing.</summary>
    public static void AssertInstalled() => Assert.True(File.Exists(ExecutablePath), Missing + $" ({RequireVariable}=1: the browser is required).");
}

/// <summary>A fact that needs Chromium: skipped, naming the install line, where it is missing and not required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = HeadlessChromium.SkipReason;
}

/// <summary>A theory that needs Chromium: skipped, naming the install line, where it is missing and not required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = HeadlessChromium.SkipReason;
}
