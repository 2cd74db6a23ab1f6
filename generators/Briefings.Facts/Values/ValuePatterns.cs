using System.Text.RegularExpressions;

namespace Briefings.Facts.Values;

/// <summary>
/// One pattern a value must match, written once: the binder checks values with it and the JSON Schema export
/// writes it for editors, so the build and the editor never disagree about a value's form.
/// </summary>
public sealed class ValuePattern
{
    public ValuePattern(string pattern, string description)
    {
        Pattern = pattern;
        Description = description;

        // ECMAScript, as JSON Schema reads the same text: \d is [0-9] only, never another script's digits.
        Regex = new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
    }

    /// <summary>The regular expression, in the dialect .NET and JSON Schema (ECMA-262) read alike.</summary>
    public string Pattern { get; }

    /// <summary>The form in words, with an example, as an editor shows it beside a field.</summary>
    public string Description { get; }

    public Regex Regex { get; }

    public bool IsMatch(string text) => Regex.IsMatch(text);
}

/// <summary>The table of value patterns: what a value of each field type looks like, before its own checks (a day that exists, a number that fits).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the schema's type words.")]
public static class ValuePatterns
{
    /// <summary>The longest id or reference a fact may have.</summary>
    public const int SlugMaxLength = 200;

    public static readonly ValuePattern Integer = new("^-?(0|[1-9][0-9]*)$", "integer");

    public static readonly ValuePattern Decimal = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", "decimal");

    public static readonly ValuePattern Percent = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?%?$", "percent (-16.86%)");

    public static readonly ValuePattern Money = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)? [A-Z]{3}$", "money (5500000 USD)");

    public static readonly ValuePattern Date = new(@"^\d{4}(-\d{2}(-\d{2})?)?$", "date (2025-01-27, 2024-12 or 2025)");

    public static readonly ValuePattern Url = new("^(https?|mailto):[^ ]+$", "url");

    public static readonly ValuePattern Slug = new("^[a-z0-9]+(-[a-z0-9]+)*$", "a slug (lower-case letters and digits joined by single hyphens)");

    /// <summary>The pattern a field type's values are read by (the binder's own rule); null for types read otherwise.</summary>
    public static ValuePattern? For(Schema.FieldType type) => Schema.FieldValueReader.RuleFor(type)?.Pattern;

    public static readonly System.Collections.Generic.IReadOnlyList<ValuePattern> All = new[] { Integer, Decimal, Percent, Money, Date, Url, Slug };
}
