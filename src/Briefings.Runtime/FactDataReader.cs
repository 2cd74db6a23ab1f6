using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Briefings.Runtime;

/// <summary>
/// Reads the compact fact data that the generator writes: one block per kind, compiled into the model as a
/// string literal (past 7.5 million characters of literals, deflated and packed into one, or past that a UTF-8 <c>u8</c> literal) and decoded, as UTF-8 bytes, on
/// first use by one generated method per type. A large fact
/// base therefore costs the compiler one string, not one method per fact.
/// </summary>
/// <remarks>
/// The format is line based, so the generated source stays readable and diffable:
/// <list type="bullet">
/// <item><c>@id</c> starts a fact;</item>
/// <item><c>=value</c> is one value (text, number, date, money, URL, true/false, enum word, referenced id);</item>
/// <item><c>~</c> is an optional field left out;</item>
/// <item><c>#n</c> counts the items of a list, or the languages of a localized text (each as <c>=lang</c>, <c>=text</c>);</item>
/// <item><c>^lang</c> before a localized text's count names its original language.</item>
/// </list>
/// In values, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\uXXXX</c> escape whatever is not a visible
/// character (line breaks, quotes, bidi controls), so no fact text can end the literal or reorder the source.
/// The generator and this reader are the only two parties; the format is versioned with the package.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct FactDataReader
{
    private readonly ReadOnlySpan<byte> data;
    private int position;

    public FactDataReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        position = 0;
    }

    /// <summary>
    /// The data of a kind compiled deflated (a large fact base): <paramref name="length"/> bytes packed two to a
    /// character, the first byte low, then inflated (RFC 1951). The generator's DeflatedData writes it.
    /// </summary>
    public static byte[] Inflate(string packed, int length)
    {
        ArgumentNullException.ThrowIfNull(packed);
        var deflated = new byte[length];
        for (var i = 0; i < length; i++)
        {
            var unit = packed[i / 2];
            deflated[i] = (byte)((i & 1) == 0 ? unit & 0xFF : unit >> 8);
        }

        using var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var data = new MemoryStream(length * 8);
        inflate.CopyTo(data);
        return data.ToArray();
    }

    /// <summary>True once every line has been read.</summary>
    public readonly bool AtEnd => position >= data.Length;

    /// <summary>Reads the <c>@id</c> line that starts a fact.</summary>
    public string Id() => Decode(Line('@'));

    /// <summary>
    /// True if the next optional value is there; a <c>~</c> line (left out) is consumed and gives false.
    /// </summary>
    public bool Present()
    {
        if (position < data.Length && data[position] == (byte)'~')
        {
            Line('~');
            return false;
        }

        return true;
    }

    /// <summary>Reads a <c>#n</c> count line.</summary>
    public int Count() => int.Parse(Line('#'), NumberStyles.None, CultureInfo.InvariantCulture);

    public string Text() => Decode(Line('='));

    public long WholeNumber() => long.Parse(Line('='), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public decimal Number() => ParseDecimal(Line('='));

    public Percent Percent() => new(ParseDecimal(Line('=')));

    public bool Bool() => Line('=') switch
    {
        var value when value.SequenceEqual("true"u8) => true,
        var value when value.SequenceEqual("false"u8) => false,
        _ => throw Corrupt("a true/false value"),
    };

    public Uri Url() => new(Text(), UriKind.Absolute);

    /// <summary>Reads <c>=1000.5 USD</c>.</summary>
    public Money Money()
    {
        var value = Line('=');
        var space = value.LastIndexOf((byte)' ');
        if (space < 0)
        {
            throw Corrupt("a money amount");
        }

        return new Money(ParseDecimal(value[..space]), Encoding.UTF8.GetString(value[(space + 1)..]));
    }

    /// <summary>Reads <c>=2025</c>, <c>=2025-01</c> or <c>=2025-01-27</c>.</summary>
    public FactDate Date()
    {
        var value = Line('=');
        var year = int.Parse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        return value.Length switch
        {
            4 => new FactDate(year),
            7 => new FactDate(year, int.Parse(value[5..7], NumberStyles.None, CultureInfo.InvariantCulture)),
            10 => new FactDate(year, int.Parse(value[5..7], NumberStyles.None, CultureInfo.InvariantCulture), int.Parse(value[8..10], NumberStyles.None, CultureInfo.InvariantCulture)),
            _ => throw Corrupt("a date"),
        };
    }

    /// <summary>Reads an optional <c>^lang</c> (the original's language), <c>#n</c>, then <c>=lang</c>, <c>=text</c> n times.</summary>
    public LocalizedText Localized()
    {
        string? original = null;
        if (position < data.Length && data[position] == (byte)'^')
        {
            original = Decode(Line('^'));
        }

        var texts = new (string Language, string Text)[Count()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = (Text(), Text());
        }

        var text = new LocalizedText(texts);
        return original is null ? text : text.WithOriginal(original);
    }

    private static decimal ParseDecimal(ReadOnlySpan<byte> value)
        => decimal.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The next line without its sigil; throws if the sigil is not the expected one.</summary>
    private ReadOnlySpan<byte> Line(char sigil)
    {
        if (position >= data.Length || data[position] != (byte)sigil)
        {
            throw Corrupt($"a line starting with '{sigil}'");
        }

        var rest = data[(position + 1)..];
        var end = rest.IndexOf((byte)'\n');
        var line = end < 0 ? rest : rest[..end];
        position += 1 + line.Length + (end < 0 ? 0 : 1);
        return line;
    }

    private static string Decode(ReadOnlySpan<byte> escaped)
    {
        if (escaped.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(escaped);
        }

        var text = Encoding.UTF8.GetString(escaped);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < text.Length:
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }

    private readonly InvalidOperationException Corrupt(string expected)
        => new($"The compiled fact data is damaged: expected {expected} at byte {position}. Rebuild the model project.");
}
