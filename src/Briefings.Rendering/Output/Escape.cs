using System;
using System.Globalization;
using System.Text;

namespace Briefings.Rendering.Output;

/// <summary>The escapers every value goes through on its way into an output. Pure functions, tested with hostile text.</summary>
public static class Escape
{
    /// <summary>
    /// HTML text and double-quoted attribute values: <c>&amp; &lt; &gt; " '</c> become entities; control characters
    /// other than tab and newline are dropped. Everything else (CJK, emoji) stays as is, so the file stays readable.
    /// </summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => string.Empty,
                _ when IsDroppedControl(c) => string.Empty,
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Inline GitHub-flavoured Markdown: the characters that open emphasis, code, links, images, footnotes,
    /// raw HTML, entities, headings, strikethrough and table cells (<c>\ ` * _ [ ] &lt; &gt; # | ~ &amp;</c>) are
    /// backslash-escaped, list and setext markers at the start are escaped, and line breaks become spaces, so a
    /// value can never start a block, end a table cell, open a link or raw HTML.
    /// </summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&':
                    builder.Append('\\').Append(c);
                    break;
                case '-' or '+' or '=' when IsLineStartContext(text, i) && (c == '=' || i + 1 == text.Length || text[i + 1] is ' ' or '\t'):
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        break;
                    }

                    builder.Append(' ');
                    break;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    break;
                default:
                    if (!IsDroppedControl(c) && c != '\t')
                    {
                        builder.Append(c);
                    }
                    else if (c == '\t')
                    {
                        builder.Append(' ');
                    }

                    break;
            }
        }

        // "1. x" or "1) x" at the very start would begin an ordered list.
        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')' && (digits + 1 == builder.Length || builder[digits + 1] == ' '))
        {
            builder.Insert(digits, '\\');
        }

        return builder.ToString();
    }

    /// <summary>A URL for a Markdown link destination: characters that would end it are percent-encoded.</summary>
    public static string MarkdownUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            _ = c switch
            {
                '(' => builder.Append("%28"),
                ')' => builder.Append("%29"),
                '<' => builder.Append("%3C"),
                '>' => builder.Append("%3E"),
                ' ' => builder.Append("%20"),
                '\\' => builder.Append("%5C"),
                '[' => builder.Append("%5B"),
                ']' => builder.Append("%5D"),
                '"' => builder.Append("%22"),
                '`' => builder.Append("%60"),
                _ when char.IsControl(c) => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// A JSON string literal safe inside an HTML <c>&lt;script&gt;</c> element: besides JSON's own escapes,
    /// <c>&lt; &gt; &amp; '</c> and U+2028/U+2029 become <c>\uXXXX</c>, so <c>&lt;/script&gt;</c> or
    /// <c>&lt;!--</c> in a value can never close or comment out the element.
    /// </summary>
    public static string JsonString(string text, bool scriptSafe)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '<' or '>' or '&' or '\'' when scriptSafe:
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (c < ' ' || char.IsSurrogate(c) || c is '\u007F' or '\u2028' or '\u2029')
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    /// <summary>C0/C1 control characters other than tab, LF and CR have no place in a briefing.</summary>
    private static bool IsDroppedControl(char c) => (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is >= '\u007F' and <= '\u009F' and not '\u0085';

    private static bool IsLineStartContext(string text, int i)
    {
        // After a line break (which becomes a space) the character could still begin a block in some renderers.
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
    }
}
