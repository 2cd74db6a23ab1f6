using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Briefings.Facts.Emit;

/// <summary>
/// Writes the compact, line-based fact data that Briefings.Runtime.FactDataReader decodes (the format is
/// described there): facts become data in one literal per kind (a string literal, or a u8 literal at scale) instead of one C#
/// method each, so the
/// compiler's work stops growing with the number of facts. Every line is safe inside a raw string literal:
/// no quote, no line break, no invisible or bidi character survives unescaped.
/// </summary>
internal static class FactData
{
    /// <summary>The line for an optional field that was left out.</summary>
    public const string Absent = "~";

    public static string Id(string id) => "@" + Escape(id);

    public static string Value(string value) => "=" + Escape(value);

    /// <summary>The line before a localized text's count that names its original language.</summary>
    public static string Original(string language) => "^" + Escape(language);

    public static string Count(int count) => "#" + count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count line followed by the items' lines.</summary>
    public static string List(IReadOnlyCollection<string> items)
        => items.Count == 0 ? Count(0) : Count(items.Count) + "\n" + string.Join("\n", items);

    /// <summary>A kind's data: its facts' blocks in catalog order, as the literal holds them.</summary>
    public static string Body(IEnumerable<string> factBlocks) => string.Join("\n", factBlocks);

    /// <summary>
    /// The kind's data as the body of a C# raw string literal (with the u8 suffix when <paramref name="utf8"/>); an empty kind gets an empty literal because a
    /// raw literal cannot be empty.
    /// </summary>
    public static string Literal(IEnumerable<string> factBlocks, bool utf8)
    {
        var body = Body(factBlocks);
        var suffix = utf8 ? "u8" : string.Empty;
        return body.Length == 0 ? "\"\"" + suffix : "\"\"\"\n" + body + "\n\"\"\"" + suffix;
    }

    /// <summary>
    /// Up to this many characters in all string literals the catalog writes (every kind's data and the ids its named
    /// members pass to <c>Get</c>), kinds hold their data as string literals of its text; past it, deflated or as u8.
    /// A string literal lives in method bodies only, so editing a fact leaves the model's reference assembly unchanged
    /// and projects that reference the model are not compiled again; and the compiler takes it whole, where it turns a
    /// u8 literal into one constant per byte: at 10,000 synthetic facts (4.2 million characters) the string compiles in
    /// 0.03 s and the u8 literal in 1.7 to 3.5 s (the benchmarks' <c>profile</c> verb, PROFILE_VARIANT=literals). A u8
    /// literal becomes a field of &lt;PrivateImplementationDetails&gt; named by the data's hash, which reference
    /// assemblies keep, so every edit changes them. But all string literals of an assembly share one heap of 16 MiB
    /// (CS8103 past it) that holds each character in two bytes: 7.5 million characters fill 15 MB of it and leave about
    /// 1.7 MB for every other string of the project. Past that (roughly 17,000 facts of the synthetic story), the data
    /// is deflated into a string literal while that fits (<see cref="DeflatedData"/>), and only then a u8 literal, which
    /// has no such limit.
    /// </summary>
    public const int StringLiteralBudget = 7_500_000;

    // '"' is escaped too, so no run of quotes can close the raw literal the data is compiled in.
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        CSharpLiteral.AppendEscaped(builder, value, quoteAsUnicode: true);
        return builder.ToString();
    }
}
