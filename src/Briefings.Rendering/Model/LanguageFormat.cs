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

    /// <summary>How a number and its unit are joined (<c>{number} {unit}</c>, <c>{number}{unit}</c>); a unit with its own <c>{number}</c> places it itself.</summary>
    public required string UnitPattern { get; init; }

    /// <summary>Per bound word (<see cref="QuantityWords.Bounds"/>), a pattern with <c>{quantity}</c>: <c>more than {quantity}</c>, <c>逾{quantity}</c>.</summary>
    public required IReadOnlyDictionary<string, string> Bounds { get; init; }

    /// <summary>Per direction word (<see cref="QuantityWords.Directions"/>), a pattern with <c>{quantity}</c>: <c>fell {quantity}</c>, <c>下跌{quantity}</c>.</summary>
    public required IReadOnlyDictionary<string, string> Directions { get; init; }

    /// <summary>
    /// Large-number words, largest first: a value of at least <c>Value</c> that is a multiple of it to two decimals is written
    /// with the pattern (<c>{number} million</c>, <c>{number}億</c>); others fall to a smaller scale or to plain digits.
    /// </summary>
    public required IReadOnlyList<(decimal Value, string Pattern)> Scales { get; init; }

    /// <summary>Currency names by ISO code (<c>USD</c> → <c>US dollars</c>, <c>美元</c>); an unlisted code is written as it is.</summary>
    public required IReadOnlyDictionary<string, string> Currencies { get; init; }

    /// <summary>Words for unit fractions by denominator (<c>10</c> → <c>one tenth</c>, <c>十分之一</c>): a value 1/n with n listed is written so.</summary>
    public required IReadOnlyDictionary<string, string> Fractions { get; init; }

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
    public string Number(decimal value, int? decimals = null, bool grouped = true)
    {
        var text = decimals is { } d
            ? value.ToString("#,0." + new string('0', Math.Clamp(d, 0, 20)), CultureInfo.InvariantCulture).TrimEnd('.')
            : value.ToString("#,0.############################", CultureInfo.InvariantCulture);
        var builder = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            _ = c switch
            {
                ',' => grouped ? builder.Append(GroupSeparator) : builder,
                '.' => builder.Append(DecimalSeparator),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// The one formatting path of every number of the facts: the number in this language's form (large-number words,
    /// unit fractions), its unit or currency, then its bound and its direction in words. With a direction the number is
    /// written unsigned, so a direction word and a sign never say the same thing twice ("fell 17%", not "fell -17%").
    /// </summary>
    public string Quantity(decimal value, QuantityKind kind, Qualifiers qualifiers, string? currency = null)
    {
        ArgumentNullException.ThrowIfNull(qualifiers);
        var number = qualifiers.Direction is null ? value : Math.Abs(value);
        var text = kind switch
        {
            QuantityKind.Percent => PercentPattern.Replace("{number}", Number(number), StringComparison.Ordinal),
            QuantityKind.Money => MoneyPattern
                .Replace("{number}", Large(number), StringComparison.Ordinal)
                .Replace("{currency}", currency is not null && Currencies.TryGetValue(currency, out var name) ? name : currency, StringComparison.Ordinal),
            _ => WithUnit(Fraction(number) ?? Large(number), qualifiers.Unit),
        };
        if (qualifiers.Bound is { } bound && bound != "exact")
        {
            text = Bounds[bound].Replace("{quantity}", text, StringComparison.Ordinal);
        }

        return qualifiers.Direction is { } direction ? Directions[direction].Replace("{quantity}", text, StringComparison.Ordinal) : text;
    }

    /// <summary>The number with the largest scale word it is a two-decimal multiple of, else grouped digits.</summary>
    public string Large(decimal value)
    {
        foreach (var (scale, pattern) in Scales)
        {
            var coefficient = value / scale;
            if (Math.Abs(value) >= scale && decimal.Round(coefficient, 2) == coefficient)
            {
                return pattern.Replace("{number}", Number(coefficient, grouped: false), StringComparison.Ordinal);
            }
        }

        return Number(value);
    }

    private string? Fraction(decimal value) =>
        value is > 0 and < 1 && 1 / value is var n && decimal.Truncate(n) == n
            && Fractions.TryGetValue(n.ToString(CultureInfo.InvariantCulture), out var word) ? word : null;

    private string WithUnit(string number, string? unit) => unit switch
    {
        null or "" => number,
        _ when unit.Contains("{number}", StringComparison.Ordinal) => unit.Replace("{number}", number, StringComparison.Ordinal),
        _ => UnitPattern.Replace("{number}", number, StringComparison.Ordinal).Replace("{unit}", unit, StringComparison.Ordinal),
    };
}

/// <summary>Which of the fact model's number types a quantity is.</summary>
public enum QuantityKind
{
    Number,
    Percent,
    Money,
}

/// <summary>
/// What the other fields of a fact say about its numbers, read through the roles the schema declares: the bound word
/// (<c>role: bound</c>), the direction word (<c>role: direction</c>) and the unit in the page's language (<c>role: unit</c>).
/// </summary>
public sealed record Qualifiers(string? Bound, string? Direction, string? Unit)
{
    public static Qualifiers None { get; } = new(null, null, null);
}
