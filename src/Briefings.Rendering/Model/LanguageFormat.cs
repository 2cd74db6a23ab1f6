using System;
using System.Collections.Generic;
using System.Globalization;
using Briefings.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// How one language writes dates, numbers, percents and money. Read from templates/strings.json rather than from
/// the machine's ICU data, so the bytes are the same on every machine and in every current culture.
/// </summary>
public sealed class LanguageFormat
{
    public required string Language { get; init; }

    /// <summary>Patterns with <c>{year}</c>, <c>{month}</c> (number), <c>{month_name}</c>, <c>{day}</c>.</summary>
    public required string DateDay { get; init; }

    public required string DateMonth { get; init; }

    public required string DateYear { get; init; }

    public required IReadOnlyList<string> MonthNames { get; init; }

    public required string GroupSeparator { get; init; }

    public required string DecimalSeparator { get; init; }

    /// <summary>Pattern with <c>{number}</c>.</summary>
    public required string PercentPattern { get; init; }

    /// <summary>Pattern with <c>{number}</c> and <c>{currency}</c>.</summary>
    public required string MoneyPattern { get; init; }

    /// <summary>An invariant format for tests and tools.</summary>
    public static LanguageFormat Invariant { get; } = new()
    {
        Language = "en",
        DateDay = "{month_name} {day}, {year}",
        DateMonth = "{month_name} {year}",
        DateYear = "{year}",
        MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        GroupSeparator = ",",
        DecimalSeparator = ".",
        PercentPattern = "{number}%",
        MoneyPattern = "{number} {currency}",
    };

    public string Date(FactDate date)
    {
        var pattern = date.Precision switch
        {
            DatePrecision.Year => DateYear,
            DatePrecision.Month => DateMonth,
            _ => DateDay,
        };
        return pattern
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month_name}", date.Month is >= 1 and <= 12 ? MonthNames[date.Month - 1] : string.Empty, StringComparison.Ordinal)
            .Replace("{month}", date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A number with this language's group and decimal separators; <paramref name="decimals"/> fixes the fraction digits.</summary>
    public string Number(decimal value, int? decimals = null)
    {
        var text = decimals is { } d
            ? value.ToString("#,0." + new string('0', Math.Clamp(d, 0, 20)), CultureInfo.InvariantCulture).TrimEnd('.')
            : value.ToString("#,0.############################", CultureInfo.InvariantCulture);
        var builder = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            _ = c switch
            {
                ',' => builder.Append(GroupSeparator),
                '.' => builder.Append(DecimalSeparator),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public string Percent(decimal value) => PercentPattern.Replace("{number}", Number(value), StringComparison.Ordinal);

    public string Money(Money money) => MoneyPattern
        .Replace("{number}", Number(money.Amount), StringComparison.Ordinal)
        .Replace("{currency}", money.Currency, StringComparison.Ordinal);
}
