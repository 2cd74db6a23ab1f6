using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Model;
using Briefings.Rendering.Output;
using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>The functions the renderer adds to Scriban's, documented in templates/README.md.</summary>
internal static class TemplateFunctions
{
    public static void Import(ScriptObject globals, LanguageFormat format)
    {
        globals.Import("unsafe_raw", new Func<string?, RawMarkup>(text => new RawMarkup(text ?? string.Empty)));
        globals.Import("json_script", new Func<object?, RawMarkup>(value => new RawMarkup(ScriptJson.Serialize(value, scriptSafe: true))));
        globals.Import("number", new Func<object?, string>(value => Number(format, value, null)));
        globals.Import("number_fixed", new Func<object?, int, string>((value, decimals) => Number(format, value, decimals)));
        // Appends in place: Scriban's `x = x | array.add y` copies the array (and counts the copy against the loop limit),
        // which made lists built over every citation quadratic: 100 facts already ran into the loop limit (BRF102).
        globals.Import("push", new Action<ScriptArray, object?>((array, item) => array.Add(item)));
        globals.Import("sort_by", new Func<IEnumerable, string, ScriptArray>((items, member) => SortBy(items, member, descending: false)));
        globals.Import("sort_by_desc", new Func<IEnumerable, string, ScriptArray>((items, member) => SortBy(items, member, descending: true)));
    }

    private static string Number(LanguageFormat format, object? value, int? decimals) => value switch
    {
        null => string.Empty,
        QuantityValue q => format.Number(q.Value, decimals),
        _ => format.Number(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), decimals),
    };

    /// <summary>A new array ordered by one member (dates chronologically, numbers numerically, text ordinally), ties by id; stable.</summary>
    private static ScriptArray SortBy(IEnumerable items, string member, bool descending)
    {
        var list = items.Cast<object?>().ToList();
        foreach (var item in list)
        {
            if (item is not ScriptObject obj || !obj.ContainsKey(member))
            {
                throw new ArgumentException($"sort_by: an item has no member '{member}'");
            }
        }

        var ordered = list.Select((item, index) => (Item: (ScriptObject)item!, Index: index))
            .OrderBy(x => x.Item[member], Comparer<object?>.Create(CompareValues))
            .ThenBy(x => x.Item.TryGetValue("id", out var id) ? id as string : null, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Item)
            .ToList();
        if (descending)
        {
            ordered.Reverse();
        }

        var result = new ScriptArray();
        foreach (var item in ordered)
        {
            result.Add(item);
        }

        return result;
    }

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (DateValue x, DateValue y) => x.Date.CompareTo(y.Date),
        (QuantityValue x, QuantityValue y) => x.Value.CompareTo(y.Value),
        (ScriptLeaf x, ScriptLeaf y) => string.CompareOrdinal(x.Text, y.Text),
        (string x, string y) => string.CompareOrdinal(x, y),
        (IConvertible x, IConvertible y) when a is not string && b is not string =>
            x.ToDecimal(System.Globalization.CultureInfo.InvariantCulture).CompareTo(y.ToDecimal(System.Globalization.CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(a.ToString(), b.ToString()),
    };
}
