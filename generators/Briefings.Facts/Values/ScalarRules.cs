using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Facts.Values;

/// <summary>
/// The rules for scalar values, by YAML 1.2's core rules, never YAML 1.1's: <c>010</c> is not octal 8 and a date
/// never shifts with the build machine's time zone. Facts and schema defaults are read by these same rules.
/// </summary>
internal static class ScalarRules
{
    private static readonly char[] Separators = { '_', ',', ' ' };

    public static readonly ScalarRule Integer = new(
        "whole number",
        ValuePatterns.Integer,
        text => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value.ToString(CultureInfo.InvariantCulture) : null,
        text => NumberHint(text, "-12 or 4000"));

    public static readonly ScalarRule Decimal = new(
        "decimal number",
        ValuePatterns.Decimal,
        text => ParseDecimal(text)?.ToString(CultureInfo.InvariantCulture),
        text => NumberHint(text, "-16.86 or 5500000"));

    public static readonly ScalarRule Percent = new(
        "percent",
        ValuePatterns.Percent,
        text => ParseDecimal(WithoutPercentSign(text))?.ToString(CultureInfo.InvariantCulture),
        text => NumberHint(WithoutPercentSign(text), "-16.86% (the % sign is optional)"));

    public static readonly ScalarRule Money = new(
        "money amount",
        ValuePatterns.Money,
        ReadMoney,
        MoneyHint);

    public static readonly ScalarRule Date = new(
        "date",
        ValuePatterns.Date,
        text => DayExists(text) ? text : null,
        _ => "write a day as 2025-01-27, a month as 2024-12, or a year as 2025");

    public static readonly ScalarRule Url = new(
        "URL",
        ValuePatterns.Url,
        text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" && text.Trim() == text ? text : null,
        _ => "write an absolute http, https or mailto address, such as https://example.com/story");

    /// <summary>A fact id, or the id a reference names.</summary>
    public static readonly ScalarRule Slug = new(
        "slug",
        ValuePatterns.Slug,
        text => text.Length <= ValuePatterns.SlugMaxLength ? text : null,
        text => SlugTooLong(text) ?? "use lower-case ASCII letters and digits joined by single hyphens");

    /// <summary>Says the limit when an id is too long (a 5,000-character slug is otherwise a valid slug), or null.</summary>
    public static string? SlugTooLong(string text)
        => text.Length > ValuePatterns.SlugMaxLength
            ? $"it is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long, and an id has at most {ValuePatterns.SlugMaxLength.ToString(CultureInfo.InvariantCulture)}; shorten it"
            : null;

    /// <summary>A decimal in the one form facts may write it (<c>-16.86</c>: no exponent, separators or leading zeros), or null.</summary>
    public static decimal? ParseDecimal(string text)
        => ValuePatterns.Decimal.IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string WithoutPercentSign(string text) => text.EndsWith("%", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;

    /// <summary>The amount in canonical form, a space and the currency (the pattern has placed the one space); null for a code ISO 4217 does not list.</summary>
    private static string? ReadMoney(string text)
    {
        var space = text.IndexOf(' ');
        var currency = text.Substring(space + 1, 3);
        return ParseDecimal(text.Substring(0, space)) is { } amount && Currencies.IsActive(currency)
            ? amount.ToString(CultureInfo.InvariantCulture) + " " + currency
            : null;
    }

    private static string MoneyHint(string text)
    {
        const string Form = "write the amount, a space and the ISO 4217 currency, such as '5500000 USD' (no separators or symbols)";
        if (!ValuePatterns.Money.IsMatch(text))
        {
            return Form;
        }

        // The form is right, so the code is what is wrong: name it, with the nearest active code.
        var currency = text.Substring(text.IndexOf(' ') + 1);
        return $"'{currency}' is not an active ISO 4217 currency code{Helpers.NearestMatch.Suggestion(currency, Currencies.Active)}; write one such as USD, EUR, CNY or JPY";
    }

    /// <summary>A day, month or year that exists (never 2025-02-30), in text the date pattern has matched: yyyy[-mm[-dd]].</summary>
    private static bool DayExists(string text)
    {
        var year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (text.Length < 7 || text[4] != '-')
        {
            return true;
        }

        var month = int.Parse(text.Substring(5, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length < 10 || text[7] != '-')
        {
            return true;
        }

        var day = int.Parse(text.Substring(8, 2), CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>Explains the YAML 1.1 and typing traps a person most likely fell into.</summary>
    private static string NumberHint(string value, string example)
    {
        if (Regex.IsMatch(value, "^-?0[0-9]+"))
        {
            return $"leading zeros are not allowed (YAML 1.1 would read 010 as octal 8); write, for example, {example}";
        }

        if (value.IndexOfAny(Separators) >= 0 && Regex.IsMatch(value, "^-?[0-9][0-9_, ]*[0-9](\\.[0-9]+)?$"))
        {
            return $"write the digits without separators, for example {example}";
        }

        // Only for text that is a number in another notation (1e3, 0x1F, .5, .inf), not for words that hold an 'e'.
        if (Regex.IsMatch(value, @"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$") || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || value.StartsWith(".", StringComparison.Ordinal))
        {
            return $"write the number out in plain decimal digits, for example {example}";
        }

        return $"write a number such as {example}";
    }
}
