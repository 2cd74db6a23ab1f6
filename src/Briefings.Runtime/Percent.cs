using System;
using System.Globalization;

namespace Briefings.Runtime;

/// <summary>A percentage as written: <c>-16.86</c> means −16.86 %, not −0.1686.</summary>
public readonly record struct Percent(decimal Value) : IComparable<Percent>
{
    /// <summary>The value as a fraction of one (−16.86 % is −0.1686).</summary>
    public decimal Fraction => Value / 100m;

    public static bool operator <(Percent left, Percent right) => left.Value < right.Value;

    public static bool operator >(Percent left, Percent right) => left.Value > right.Value;

    public static bool operator <=(Percent left, Percent right) => left.Value <= right.Value;

    public static bool operator >=(Percent left, Percent right) => left.Value >= right.Value;

    public int CompareTo(Percent other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "%";
}
