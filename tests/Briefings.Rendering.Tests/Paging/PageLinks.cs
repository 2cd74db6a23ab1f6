using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Briefings.Rendering.Tests.Paging;

/// <summary>The links between rendered HTML files, and those that lead nowhere: a missing file, or no element with the fragment's id.</summary>
internal static partial class PageLinks
{
    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    /// <summary>(file, href) for every relative link of every HTML file; external links (scheme:) are left out.</summary>
    public static IEnumerable<(string File, string Href)> All(IReadOnlyDictionary<string, string> files) =>
        from file in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
        from match in Href().Matches(file.Value)
        let href = match.Groups[1].Value
        where !href.Contains(':', StringComparison.Ordinal)
        select (file.Key, href);

    /// <summary>Each broken link as <c>file → href</c>.</summary>
    public static IReadOnlyList<string> Broken(IReadOnlyDictionary<string, string> files)
    {
        var broken = new List<string>();
        foreach (var (file, href) in All(files))
        {
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var target = hash < 0 ? href : href[..hash];
            var fragment = hash < 0 ? null : href[(hash + 1)..];
            var targetFile = target.Length == 0 ? file : target;
            if (!files.TryGetValue(targetFile, out var text) || (fragment is not null && !text.Contains($"id=\"{fragment}\"", StringComparison.Ordinal)))
            {
                broken.Add(file + " → " + href);
            }
        }

        return broken;
    }
}
