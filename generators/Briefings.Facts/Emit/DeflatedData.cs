using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace Briefings.Facts.Emit;

/// <summary>How a catalog compiles its facts' data in (see <see cref="DeflatedData.Choose"/>).</summary>
public enum FactDataForm
{
    /// <summary>A raw string literal of the data itself, readable in the generated source.</summary>
    Text,

    /// <summary>The data deflated and packed two bytes to a character into a string literal.</summary>
    Deflated,

    /// <summary>A raw u8 literal of the data: no size limit, but the compiler binds one constant per byte.</summary>
    Utf8,
}

/// <summary>
/// The middle form of fact data, for a fact base whose data no longer fits the string heap as text: deflated, then
/// packed two bytes to a UTF-16 code unit into an ordinary string literal (about 8 times smaller for the synthetic
/// story, 4 times for the shipped seeds), so it still compiles as one string instead of a u8 literal, which the compiler
/// binds one constant per byte (about 200 bytes of its memory per byte of data: 8 GiB at 100,000 facts).
/// Briefings.Runtime.FactDataReader.Inflate undoes it on first use. The literal is written so no character can end it
/// or reorder the source: only CJK ideographs, Hangul syllables and printable ASCII stand as they are, every other code
/// unit (quotes, backslashes, controls, bidi marks, surrogates) is a \uXXXX escape.
/// </summary>
internal static class DeflatedData
{
    /// <summary>
    /// The form for this catalog: the one its settings force, else strings while every literal fits
    /// <see cref="CatalogSpec.StringLiteralBudget"/> as text, else deflated while it fits packed, else u8; and the
    /// deflated bytes by kind when the form is <see cref="FactDataForm.Deflated"/>.
    /// </summary>
    public static (FactDataForm Form, IReadOnlyDictionary<string, byte[]>? Deflated) Choose(CatalogSpec spec)
    {
        var forced = spec.ForcedForm;
        if (forced is FactDataForm.Text or FactDataForm.Utf8 || (forced is null && spec.DataFitsAsText))
        {
            return (forced ?? FactDataForm.Text, null);
        }

        // Only now each kind's data as one text, as the catalog compiles it (most fact bases never get here).
        var byKind = spec.Facts.GroupBy(f => f.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => FactData.Body(g.Select(f => f.Data)), StringComparer.Ordinal);
        var deflated = spec.Schema.Kinds.ToDictionary(k => k.Name, k => Compress(byKind.TryGetValue(k.Name, out var body) ? body : string.Empty), StringComparer.Ordinal);
        var chars = deflated.Values.Sum(bytes => (long)Chars(bytes)) + spec.MemberIdChars();
        return forced == FactDataForm.Deflated || chars <= spec.StringLiteralBudget ? (FactDataForm.Deflated, deflated) : (FactDataForm.Utf8, null);
    }

    /// <summary>
    /// The data's UTF-8 bytes, deflated (RFC 1951) at the optimal level: the same bytes for the same data under the same
    /// compiler runtime (another zlib may deflate differently, but every one inflates to the same data, so the
    /// briefings stay the same bytes).
    /// </summary>
    public static byte[] Compress(string body)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = new UTF8Encoding(false).GetBytes(body);
            deflate.Write(bytes, 0, bytes.Length);
        }

        return output.ToArray();
    }

    /// <summary>How many characters the packed literal holds: two bytes each, the last one padded.</summary>
    public static int Chars(byte[] bytes) => (bytes.Length + 1) / 2;

    /// <summary>The bytes as a C# string literal, two to a code unit (the first byte low), a zero byte padding an odd count.</summary>
    public static string Literal(byte[] bytes)
    {
        var builder = new StringBuilder((bytes.Length * 3) + 2);
        builder.Append('"');
        for (var i = 0; i < bytes.Length; i += 2)
        {
            var unit = (char)(bytes[i] | ((i + 1 < bytes.Length ? bytes[i + 1] : 0) << 8));
            if (IsInert(unit))
            {
                builder.Append(unit);
            }
            else
            {
                builder.Append("\\u").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    // Fixed ranges, not the runtime's Unicode tables, so the source is the same on every machine.
    private static bool IsInert(char unit)
        => (unit >= ' ' && unit <= '~' && unit != '"' && unit != '\\')
            || (unit >= '\u3400' && unit <= '\u9fff')
            || (unit >= '\uac00' && unit <= '\ud7a3');
}
