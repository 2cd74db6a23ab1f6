using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Briefings.Rendering.Tests.Paging;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The Markdown briefings pass markdownlint (markdownlint-cli2, pinned in tests/lint/package.json, settings in
/// tests/lint/.markdownlint-cli2.jsonc). <c>npm ci</c> in tests/lint installs it; .ci/run does that before the tests.
/// </summary>
public class MarkdownLintTests
{
    private static string LintFolder => Path.Combine(RepositoryPaths.Root, "tests", "lint");

    private static string Config => Path.Combine(LintFolder, ".markdownlint-cli2.jsonc");

    [LintFact]
    public async Task The_shipped_story_briefings_lint_clean_in_every_language()
    {
        var files = Markdown(RenderHelper.Succeeded(RenderHelper.RenderStory()));
        Assert.Equal(["deepseek-shock.en.md", "deepseek-shock.zh-Hant.md"], files.Keys.Order(StringComparer.Ordinal));
        await AssertClean(files);
    }

    [LintFact]
    public async Task The_package_templates_lint_clean_for_the_shipped_story_and_a_paged_second_story()
    {
        var story = Markdown(RenderHelper.Succeeded(PagingTests.Render(PackageTemplateTests.PackageTemplates, new Briefings.Story.FactsModel(), "story")));
        var paged = Markdown(RenderHelper.Succeeded(PagingTests.Render(PackageTemplateTests.PackageTemplates, PagedFacts.Model)));
        Assert.Contains("story.zh-Hant.md", story.Keys);
        Assert.Contains("paged.en.items-3.md", paged.Keys);
        await AssertClean(story.Concat(paged).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_heading_of_a_shipped_story_briefing_is_unique_and_the_file_ends_with_its_footnotes()
    {
        foreach (var (name, text) in Markdown(RenderHelper.Succeeded(RenderHelper.RenderStory())))
        {
            var headings = Regex.Matches(text, "^#+ (.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            var repeated = headings.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{name}: repeated headings: {string.Join(", ", repeated)}");

            // GitHub renders footnotes at the end of a document, after anything written below them: nothing is.
            var lastLine = text.TrimEnd('\n').Split('\n')[^1];
            Assert.StartsWith("[^", lastLine, StringComparison.Ordinal);
            Assert.StartsWith("<!-- ", text, StringComparison.Ordinal);
        }
    }

    [LintFact]
    public async Task The_lint_reports_the_findings_of_a_file_that_breaks_the_rules()
    {
        // The check must be able to fail: two blank lines, a repeated heading, a bare URL.
        var findings = await Lint(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["bad.md"] = "# Title\n\n\n## Claim\n\nSee https://example.com/ now.\n\n## Claim\n\nText.\n",
        });
        Assert.NotNull(findings);
        Assert.Contains("bad.md:3", findings, StringComparison.Ordinal);
        Assert.Contains("MD012/no-multiple-blanks", findings, StringComparison.Ordinal);
        Assert.Contains("MD024/no-duplicate-heading", findings, StringComparison.Ordinal);
        Assert.Contains("MD034/no-bare-urls", findings, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Markdown(Dictionary<string, string> files) =>
        files.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private static async Task AssertClean(Dictionary<string, string> files)
    {
        var findings = await Lint(files);
        Assert.True(findings is null, "markdownlint findings:\n" + findings);
    }

    /// <summary>Writes the files to a temp folder and lints them: null when clean, else markdownlint-cli2's output.</summary>
    private static async Task<string?> Lint(IReadOnlyDictionary<string, string> files)
    {
        var cli = Path.Combine(LintFolder, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
        Assert.True(File.Exists(cli), $"markdownlint-cli2 is not installed: run `npm ci` in {LintFolder} (.ci/run does).");

        using var temp = new TempFolder("briefings-mdlint");
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(temp.Path, name), text);
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Config);
        foreach (var name in files.Keys.Order(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout + await stderr).Trim();
        return process.ExitCode switch
        {
            0 => null,
            1 => output,
            _ => throw new InvalidOperationException($"markdownlint-cli2 failed (exit code {process.ExitCode}):\n{output}"),
        };
    }
}

/// <summary>
/// A test that runs markdownlint-cli2 (an npm package, `npm ci` in tests/lint): on a newcomer's machine without it, a
/// visible skip that names the install line; with <c>BRIEFINGS_REQUIRE_LINT=1</c> (set by .ci/run) it runs and fails, so CI
/// never loses the coverage. The same rule as the browser tests (<see cref="HeadlessChromium"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LintFactAttribute : FactAttribute
{
    public const string RequireVariable = "BRIEFINGS_REQUIRE_LINT";

    public LintFactAttribute()
    {
        var cli = Path.Combine(RepositoryPaths.Root, "tests", "lint", "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
        if (!File.Exists(cli) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"markdownlint-cli2 is not installed: run `npm ci` in tests/lint (skipped; {RequireVariable}=1 makes this a failure, as in CI).";
        }
    }
}
