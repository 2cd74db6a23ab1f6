using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Rendering.Incremental;

/// <summary>Which facts changed between two readings, each a map from fact (<c>kind/id</c>) to its data or its digest.</summary>
public static class ChangedFacts
{
    /// <summary>The facts added, changed or removed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static HashSet<string> Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, data) in after)
        {
            if (!before.TryGetValue(key, out var old) || old != data)
            {
                changed.Add(key);
            }
        }

        changed.UnionWith(before.Keys.Where(key => !after.ContainsKey(key)));
        return changed;
    }
}
