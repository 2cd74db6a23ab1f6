using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Briefings.Facts.Yaml;

internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// One node of a parsed fact file with its source span (UTF-16 offsets into the file's text).
/// Lives only inside one pipeline step; never cached, so it may be a plain mutable class.
/// </summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public YamlNodeKind Kind { get; }

    /// <summary>Offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node; set when a collection closes.</summary>
    public int End { get; set; }

    /// <summary>The scalar's text (empty for collections).</summary>
    public string Value { get; private set; } = string.Empty;

    /// <summary>True for an unquoted scalar: only these can mean null (<c>~</c>, <c>null</c>, empty).</summary>
    public bool IsPlain { get; private set; }

    /// <summary>True for a mapping written inline, <c>{ en: ..., zh-Hant: ... }</c>, where an unquoted comma ends a value.</summary>
    public bool IsFlow { get; private set; }

    public List<YamlNode> Items { get; } = new();

    public List<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = new();

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: YAML's null, which we read as "not given".</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The value under a key of this mapping, or null when the key is absent.</summary>
    public YamlNode? Get(string key)
    {
        foreach (var pair in Pairs)
        {
            if (string.Equals(pair.Key.Value, key, System.StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    public string Describe() => Kind switch
    {
        YamlNodeKind.Mapping => "a mapping",
        YamlNodeKind.Sequence => "a list",
        _ when IsNull => "nothing (null)",
        _ => "the text '" + Shorten(Value) + "'",
    };

    public static YamlNode Scalar(string value, bool isPlain, int start, int end)
        => new(YamlNodeKind.Scalar, start, end) { Value = value, IsPlain = isPlain };

    public static YamlNode Mapping(int start, bool isFlow = false) => new(YamlNodeKind.Mapping, start, start) { IsFlow = isFlow };

    public static YamlNode Sequence(int start) => new(YamlNodeKind.Sequence, start, start);

    /// <summary>Cuts long values for messages so a 1 MB scalar never floods the build log.</summary>
    public static string Shorten(string value)
    {
        var cut = value.Length <= 60 ? value : value.Substring(0, 57) + "...";
        var builder = new StringBuilder(cut.Length);
        foreach (var c in cut)
        {
            // Invisible and bidi characters are spelt out, so a message can neither hide nor reorder text in the build log.
            // (Lone surrogates never get here: the reader refuses them before parsing.)
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
