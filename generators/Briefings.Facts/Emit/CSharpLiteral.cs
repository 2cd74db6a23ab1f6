using System.Globalization;
using System.Linq;
using System.Text;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Emit;

/// <summary>
/// Writes fact text as C# string literals that are valid and inert whatever the text holds: quotes,
/// backslashes, <c>"""</c>, braces, line breaks of every kind (a U+2028 would end a // comment),
/// bidi overrides and zero-width characters (Trojan Source), and lone surrogates. Letters, marks,
/// digits, punctuation and symbols of any script stay readable; everything else becomes \uXXXX.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, value, quoteAsUnicode: false);
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Writes the text with C#'s escapes for backslash, line breaks and tabs and <c>\uXXXX</c> for anything not plain;
    /// a quote becomes <c>\"</c>, or <c>\u0022</c> where it must not appear at all (raw literals, fact data).
    /// </summary>
    public static void AppendEscaped(StringBuilder builder, string value, bool quoteAsUnicode)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"' when !quoteAsUnicode: builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c != '"' && IsPlain(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A schema default as a C# expression. The value has already been checked by the binder, so it is
    /// in the field type's one accepted form (a percent may still carry its optional '%').
    /// </summary>
    public static string Default(FieldType type, string value)
    {
        switch (type)
        {
            case FieldType.Integer:
                return Long(long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            case FieldType.Decimal:
                return Decimal(ParseDecimal(value));
            case FieldType.Percent:
                return $"new {TypeNames.Runtime}Percent({Decimal(ParseDecimal(value.TrimEnd('%')))})";
            case FieldType.Money:
                var space = value.LastIndexOf(' ');
                return $"new {TypeNames.Runtime}Money({Decimal(ParseDecimal(value.Substring(0, space)))}, {String(value.Substring(space + 1))})";
            case FieldType.Date:
                var parts = value.Split('-').Select(p => Int(int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)));
                return $"new {TypeNames.Runtime}FactDate({string.Join(", ", parts)})";
            case FieldType.Url:
                return $"new global::System.Uri({String(value)})";
            case FieldType.Bool:
                return value;
            default:
                return String(value);
        }
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A space, printable ASCII, or a visible character of any script: safe to write as it is.</summary>
    public static bool IsPlain(char c) => c == ' ' || (c > ' ' && c < '\u007F') || (c >= '\u00A0' && IsVisible(c));

    // The binder has accepted the value already, so its own parse cannot fail here.
    private static decimal ParseDecimal(string value) => Values.ScalarRules.ParseDecimal(value)!.Value;

    private static bool IsVisible(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return false;
            default:
                return true;
        }
    }
}
