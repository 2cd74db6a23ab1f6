using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Briefings.Rendering.Diagnostics;

namespace Briefings.Rendering.Templates;

/// <summary>
/// Reads one language's <c>format</c> block of strings.json (dates, separators, the words of quantities), reporting each
/// missing or malformed entry at the file's line (BRF107) and remembering whether the block is usable.
/// </summary>
internal sealed class FormatBlockReader(string language, JsonElement format, string displayPath, int line, List<RenderDiagnostic> diagnostics, Func<string, int> lineOfKey)
{
    /// <summary>False once any entry was reported.</summary>
    public bool IsValid { get; private set; } = true;

    public string Text(string name)
    {
        if (format.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        Report(line, $"\"{language}\".format has no string \"{name}\"");
        return string.Empty;
    }

    public string[] MonthNames()
    {
        var months = format.TryGetProperty("month_names", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
        if (months.Length != 12)
        {
            Report(line, $"\"{language}\".format.month_names must list 12 names");
        }

        return months;
    }

    /// <summary>An object of words; every word in <paramref name="required"/> needs a pattern with <c>{quantity}</c>.</summary>
    public IReadOnlyDictionary<string, string> Map(string name, IReadOnlyList<string>? required = null)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!format.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            Report(line, $"\"{language}\".format has no object \"{name}\"");
            return map;
        }

        foreach (var entry in value.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.String))
        {
            map[entry.Name] = entry.Value.GetString()!;
        }

        foreach (var word in required ?? [])
        {
            if (!map.TryGetValue(word, out var pattern) || !pattern.Contains("{quantity}", StringComparison.Ordinal))
            {
                Report(line, $"\"{language}\".format.{name} needs \"{word}\", a pattern with {{quantity}}");
            }
        }

        return map;
    }

    /// <summary>Large-number words by value (<c>"10000": "{number}萬"</c>), largest first.</summary>
    public (decimal, string)[] Scales()
    {
        var scales = new List<(decimal, string)>();
        foreach (var (key, pattern) in Map("scales"))
        {
            if (decimal.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var scale) && scale > 0)
            {
                scales.Add((scale, pattern));
            }
            else
            {
                Report(lineOfKey(key), $"\"{language}\".format.scales has \"{key}\", which is not a whole number above 0");
            }
        }

        return scales.OrderByDescending(x => x.Item1).ToArray();
    }

    private void Report(int at, string message)
    {
        diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, at, 1, message));
        IsValid = false;
    }
}
