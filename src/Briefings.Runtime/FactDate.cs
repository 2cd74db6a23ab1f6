using System;
using System.Globalization;

namespace Briefings.Runtime;

/// <summary>How much of a <see cref="FactDate"/> the source actually gave.</summary>
public enum DatePrecision
{
    Year = 0,
    Month = 1,
    Day = 2,
}

/// <summary>
/// A calendar date that remembers its precision: a source that says "December 2024" gives a month,
/// not the first of December. Ordered chronologically, and a coarser date sorts before a finer one
/// that falls inside it.
/// </summary>
public readonly record struct FactDate : IComparable<FactDate>
{
    public FactDate(int year)
        : this(year, 0, 0, DatePrecision.Year)
    {
    }

    public FactDate(int year, int month)
        : this(year, month, 0, DatePrecision.Month)
    {
    }

    public FactDate(int year, int month, int day)
        : this(year, month, day, DatePrecision.Day)
    {
    }

    private FactDate(int year, int month, int day, DatePrecision precision)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (precision >= DatePrecision.Month && month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }

        if (precision == DatePrecision.Day && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int Year { get; }

    /// <summary>1–12, or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>1–31, or 0 when the precision is coarser than a day.</summary>
    public int Day { get; }

    public DatePrecision Precision { get; }

    /// <summary>The first day the date can stand for: for sorting and for calendars.</summary>
    public DateOnly Start => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    public int CompareTo(FactDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(FactDate left, FactDate right) => left.CompareTo(right) < 0;

    public static bool operator >(FactDate left, FactDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(FactDate left, FactDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FactDate left, FactDate right) => left.CompareTo(right) >= 0;

    /// <summary>ISO 8601 at the date's own precision: <c>2025</c>, <c>2024-12</c>, <c>2025-01-27</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
