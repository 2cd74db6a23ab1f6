using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Facts.Naming;

/// <summary>
/// Names in YAML (slugs such as <c>market-move</c>, <c>deepseek-r1</c>) and the C# names made from them.
/// Only ASCII slugs are accepted, so every C# name made here is a valid, keyword-free identifier and
/// no invisible or look-alike character can reach generated code.
/// </summary>
internal static class Identifiers
{
    private static readonly Regex NamePattern = new("^[a-z][a-z0-9]*([-_][a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex EnumValuePattern = new("^[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex DottedName = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    /// <summary>A fact id: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static bool IsSlug(string id) => Values.ScalarRules.Slug.Read(id) is not null;

    /// <summary>A kind or field name: a slug that starts with a letter; underscores are allowed too.</summary>
    public static bool IsName(string name) => name.Length <= 100 && NamePattern.IsMatch(name);

    public static bool IsEnumValue(string value) => value.Length <= 100 && EnumValuePattern.IsMatch(value);

    public static bool IsNamespace(string name) => name.Length <= 200 && DottedName.IsMatch(name);

    /// <summary>A C# reserved keyword (or <c>global</c>, which starts a qualified name): it cannot name a namespace part or a class.</summary>
    public static bool IsKeyword(string name) => System.Array.IndexOf(Keywords, name) >= 0;

    private static readonly string[] Keywords =
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "global", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    };

    /// <summary>
    /// <c>deepseek-r1-release</c> → <c>DeepseekR1Release</c>; digits that would run together are kept apart
    /// (<c>2025-01-27</c> → <c>_2025_01_27</c>) and a leading digit gets an underscore.
    /// </summary>
    public static string ToPascalCase(string slug)
    {
        var builder = new StringBuilder(slug.Length + 1);
        var upperNext = true;
        foreach (var c in slug)
        {
            if (c is '-' or '_' or '.')
            {
                upperNext = true;
                continue;
            }

            if (upperNext && char.IsDigit(c) && builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]))
            {
                builder.Append('_');
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>The slug a person probably meant: for "did you mean" in an invalid-id message.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }

            if (builder.Length >= 60)
            {
                break;
            }
        }

        return builder.Length == 0 ? "my-fact" : builder.ToString();
    }
}
