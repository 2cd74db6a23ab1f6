using System;
using System.Globalization;

namespace Briefings.Runtime;

/// <summary>An amount in an ISO 4217 currency (<c>5500000 USD</c>).</summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Length != 3 || !IsUpperAscii(currency))
        {
            throw new ArgumentException("A currency is three upper-case ISO 4217 letters, such as USD.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;

    private static bool IsUpperAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
