using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Cli.Watch;

/// <summary>Which facts' data changed between two readings of the facts (keyed by fact, valued by its encoded data).</summary>
internal static class FactDataChanges
{
    /// <summary>The facts added, changed or removed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static HashSet<string> Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
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
