using System;
using System.Collections.Generic;

namespace Briefings.Facts.Helpers;

/// <summary>"Did you mean ...?" for field names, kinds and ids: the closest candidate by edit distance.</summary>
internal static class NearestMatch
{
    /// <summary>The closest candidate within about a third of the word's length (at least one edit), or null.</summary>
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, (input.Length + 1) / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input, candidate);
            // Ties go to the ordinally smaller candidate so the suggestion never depends on input order.
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Formats a suggestion as " (did you mean 'x'?)", or an empty string.</summary>
    public static string Suggestion(string input, IEnumerable<string> candidates)
    {
        var match = Find(input, candidates);
        return match is null ? string.Empty : $" (did you mean '{match}'?)";
    }

    /// <summary>Optimal string alignment distance, case-insensitive: a swapped pair of letters costs one.</summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        if (a.Length > 256 || b.Length > 256)
        {
            return int.MaxValue; // not worth comparing, and keeps the work bounded on hostile input
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
