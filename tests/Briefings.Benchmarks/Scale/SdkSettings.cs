using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Benchmarks.Scale;

/// <summary>
/// The SDK settings a build runs under. <b>workplace</b>: the compiler server, MSBuild node reuse and the MSBuild server
/// off, as this repository's developers and CI build. <b>stock</b>: those variables removed from the environment (even
/// if the benchmark itself was started with them), so the compiler server and node reuse are on, as on a laptop.
/// </summary>
internal sealed record SdkSettings(string Name, string Description, IReadOnlyDictionary<string, string?> Variables)
{
    private static readonly string[] ServerVariables = ["UseSharedCompilation", "MSBUILDDISABLENODEREUSE", "DOTNET_CLI_USE_MSBUILD_SERVER"];

    public static SdkSettings Workplace { get; } = new(
        "workplace",
        "UseSharedCompilation=false, MSBUILDDISABLENODEREUSE=1, DOTNET_CLI_USE_MSBUILD_SERVER=0 (compiler server and node reuse off, as CI)",
        Quiet(new Dictionary<string, string?>(StringComparer.Ordinal) { ["UseSharedCompilation"] = "false", ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0" }));

    public static SdkSettings Stock { get; } = new(
        "stock",
        "UseSharedCompilation, MSBUILDDISABLENODEREUSE and DOTNET_CLI_USE_MSBUILD_SERVER unset (compiler server and node reuse on, as a laptop); `dotnet build-server shutdown` before each cold build and after the setting's runs",
        Quiet(ServerVariables.ToDictionary(v => v, v => (string?)null, StringComparer.Ordinal)));

    /// <summary>Whether builds leave servers running (<c>dotnet build-server shutdown</c> stops them).</summary>
    public bool LeavesServers => Name == Stock.Name;

    public static SdkSettings Named(string name) => name switch
    {
        "workplace" => Workplace,
        "stock" => Stock,
        _ => throw new ArgumentException("Unknown SDK setting " + name + " (workplace or stock)"),
    };

    /// <summary>These variables plus others (a later value wins), as one environment for a process.</summary>
    public Dictionary<string, string?> With(IReadOnlyDictionary<string, string?>? more = null)
    {
        var environment = new Dictionary<string, string?>(Variables, StringComparer.Ordinal);
        foreach (var (name, value) in more ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return environment;
    }

    private static Dictionary<string, string?> Quiet(Dictionary<string, string?> variables)
    {
        variables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        variables["DOTNET_NOLOGO"] = "1";
        variables["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return variables;
    }
}
