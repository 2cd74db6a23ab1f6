using System;

namespace Briefings.Facts.Values;

/// <summary>
/// The active ISO 4217 currency codes (list one), so <c>5 XYZ</c> is refused with a "did you mean". A static table
/// because the generator must not depend on the build machine's culture data (<c>RegionInfo</c> lists only the
/// currencies of the regions it knows, and differs by ICU version).
/// Source: Debian's iso-codes 4.15.0 (<c>/usr/share/iso-codes/json/iso_4217.json</c>, 181 codes), brought up to
/// the ISO 4217 amendments since: ZWG added and ZWL withdrawn (amendment 177, 2024), XCG added and ANG withdrawn
/// (amendment 176, 2025), HRK (2023) and SLL (2024) withdrawn. Historic codes (list three, such as DEM) are not
/// accepted: a fact states an amount in a currency in use.
/// </summary>
internal static class Currencies
{
    /// <summary>Every active code, sorted ordinally (binary search).</summary>
    public static readonly string[] Active =
    {
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD",
        "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP",
        "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
        "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
        "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
        "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP",
        "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
        "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
        "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU",
        "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER",
        "ZAR", "ZMW", "ZWG",
    };

    public static bool IsActive(string code) => Array.BinarySearch(Active, code, StringComparer.Ordinal) >= 0;
}
