using System;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// A leaf value of the template model: a read-only script object whose members templates may read
/// (<c>date.iso</c>, <c>change.value</c>) and which writes itself as <see cref="Text"/>, formatted for the
/// briefing's language and escaped for its output format.
/// </summary>
public abstract class ScriptLeaf : ScriptObject
{
    /// <summary>No import of static members by reflection: Scriban's default would run it for every value of 10,000 facts.</summary>
    protected ScriptLeaf()
        : base(4, autoImportStaticsFromThisType: false)
    {
    }

    /// <summary>The text written for <c>{{ value }}</c>, before escaping.</summary>
    public abstract string Text { get; }

    protected void Member(string name, object? value) => SetValue(name, value, readOnly: true);
}

/// <summary>
/// A localized text resolved to one language: <c>text</c>, <c>lang</c>, <c>is_fallback</c>; <c>is_original</c> (the text
/// shown is the original) and <c>original</c>, the original text (<c>.text</c>, <c>.lang</c>) when the facts name one in a
/// language other than the text shown, else null, so a template writes it beside the translation.
/// </summary>
public sealed class LocalizedString : ScriptLeaf
{
    public LocalizedString(string text, string language, string requestedLanguage, string origin, OriginalText? original = null, bool isOriginal = false)
    {
        Text = text;
        Language = language;
        RequestedLanguage = requestedLanguage;
        Origin = origin;
        Original = original;
        IsOriginal = isOriginal;
        Member("text", text);
        Member("lang", language);
        Member("is_fallback", IsFallback);
        Member("is_original", isOriginal);
        Member("original", original);
    }

    public override string Text { get; }

    /// <summary>The language the text is really in.</summary>
    public string Language { get; }

    /// <summary>The language the briefing asked for.</summary>
    public string RequestedLanguage { get; }

    public bool IsFallback => !string.Equals(Language, RequestedLanguage, StringComparison.Ordinal);

    /// <summary>True when the text shown is in the language the facts name as the original.</summary>
    public bool IsOriginal { get; }

    /// <summary>The original beside this text, or null (no original, or the text shown is in the original's language).</summary>
    public OriginalText? Original { get; }

    /// <summary>Which fact and field the text belongs to, for the fallback warning.</summary>
    public string Origin { get; }
}

/// <summary>The original of a translated text: <c>text</c> and <c>lang</c> (a BCP 47 tag, for the element's <c>lang</c> attribute).</summary>
public sealed class OriginalText : ScriptLeaf
{
    public OriginalText(string text, string language)
    {
        Text = text;
        Language = language;
        Member("text", text);
        Member("lang", language);
    }

    public override string Text { get; }

    public string Language { get; }
}

/// <summary>A <see cref="FactDate"/>: <c>year</c>, <c>month</c>, <c>day</c>, <c>precision</c>, <c>iso</c>, <c>text</c>.</summary>
public sealed class DateValue : ScriptLeaf
{
    public DateValue(FactDate date, LanguageFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Date = date;
        Text = format.Date(date);
        Member("year", date.Year);
        Member("month", date.Precision >= DatePrecision.Month ? date.Month : null);
        Member("day", date.Precision == DatePrecision.Day ? date.Day : null);
        Member("precision", date.Precision switch { DatePrecision.Year => "year", DatePrecision.Month => "month", _ => "day" });
        Member("iso", date.ToString());
        Member("text", Text);
    }

    public FactDate Date { get; }

    public override string Text { get; }
}

/// <summary>
/// A number of the facts (a percent, a money amount, or an integer or decimal of a fact with a bound, direction or
/// unit): <c>value</c> (signed), <c>abs</c>, <c>bound</c> and <c>direction</c> (the fact's words, or null), <c>text</c>.
/// It writes itself through <see cref="LanguageFormat.Quantity"/> with its bound, direction and unit in the page's
/// language, so no template can print the number without its qualifier.
/// </summary>
public abstract class QuantityValue : ScriptLeaf
{
    protected QuantityValue(decimal value, QuantityKind kind, Qualifiers qualifiers, LanguageFormat format, string? currency = null)
    {
        ArgumentNullException.ThrowIfNull(qualifiers);
        ArgumentNullException.ThrowIfNull(format);
        Value = value;
        Qualifiers = qualifiers;
        Text = format.Quantity(value, kind, qualifiers, currency);
        Member("value", value);
        Member("abs", Math.Abs(value));
        Member("bound", qualifiers.Bound);
        Member("direction", qualifiers.Direction);
        Member("text", Text);
    }

    public decimal Value { get; }

    public Qualifiers Qualifiers { get; }

    public override string Text { get; }
}

/// <summary>A <see cref="Percent"/>: the <see cref="QuantityValue"/> members and <c>fraction</c>; <c>text</c> is <c>fell more than 17%</c>.</summary>
public sealed class PercentValue : QuantityValue
{
    public PercentValue(Percent percent, LanguageFormat format, Qualifiers qualifiers)
        : base(percent.Value, QuantityKind.Percent, qualifiers, format)
    {
        Percent = percent;
        Member("fraction", percent.Fraction);
    }

    public Percent Percent { get; }
}

/// <summary>A <see cref="Money"/> amount: the <see cref="QuantityValue"/> members, <c>amount</c> and <c>currency</c>; <c>text</c> is <c>about 5.5 million US dollars</c>.</summary>
public sealed class MoneyValue : QuantityValue
{
    public MoneyValue(Money money, LanguageFormat format, Qualifiers qualifiers)
        : base(money.Amount, QuantityKind.Money, qualifiers, format, money.Currency)
    {
        Money = money;
        Member("amount", money.Amount);
        Member("currency", money.Currency);
    }

    public Money Money { get; }
}

/// <summary>An integer or decimal of a fact whose kind declares a bound, direction or unit: <c>text</c> is <c>above 40 times earnings</c>.</summary>
public sealed class NumberValue : QuantityValue
{
    public NumberValue(decimal value, LanguageFormat format, Qualifiers qualifiers)
        : base(value, QuantityKind.Number, qualifiers, format)
    {
    }
}

/// <summary>
/// A URL from the facts: <c>href</c> is the URL when its scheme is http, https or mailto and
/// <c>about:invalid</c> otherwise (so a <c>javascript:</c> URL can never reach an <c>href</c>); <c>is_safe</c>.
/// </summary>
public sealed class UrlValue : ScriptLeaf
{
    public const string Invalid = "about:invalid";

    public UrlValue(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        Original = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        IsSafe = uri.IsAbsoluteUri && uri.Scheme is "http" or "https" or "mailto";
        Text = IsSafe ? Original : Invalid;
        Member("href", Text);
        Member("is_safe", IsSafe);
        Member("text", Text);
    }

    public string Original { get; }

    public bool IsSafe { get; }

    public override string Text { get; }
}

/// <summary>Markup the renderer or a template vouched for: written without escaping. Templates get one only by an explicit call.</summary>
public sealed class RawMarkup
{
    public RawMarkup(string value) => Value = value ?? string.Empty;

    public string Value { get; }

    public override string ToString() => Value;
}
