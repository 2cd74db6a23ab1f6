using Briefings.Facts.Helpers;

namespace Briefings.Facts.Schema;

// Pipeline models of the checks a kind declares (see ChecksReader): strings, bools and EquatableArrays only.

/// <summary>
/// A date-order rule: the kind's date field <see cref="Field"/> is never before (<see cref="NotBefore"/>) or never after
/// the date <see cref="Other"/> names, a field of the same fact or, through a single reference (<c>maker.founded</c>), of
/// the fact it refers to (<see cref="Through"/> is then that reference field).
/// </summary>
public sealed record DateOrderRule(string Field, bool NotBefore, string? Through, string Other)
{
    /// <summary>The other date as the schema writes it: <c>founded</c>, <c>maker.founded</c>.</summary>
    public string OtherText => Through is null ? Other : Through + "." + Other;

    /// <summary>The rule as the schema writes it: <c>not-before</c> or <c>not-after</c>.</summary>
    public string Word => NotBefore ? "not-before" : "not-after";
}

/// <summary>
/// A citation a kind's facts must carry: the fact that its reference field <see cref="Field"/> names (a quote's
/// <c>said-in</c>), or, when <see cref="Field"/> is null, a fact whose field <see cref="SourceField"/> holds
/// <see cref="SourceValue"/> (a source whose <c>source-type</c> is <c>article</c>). A citation cites every fact
/// its reference fields name (its source, and a <c>via</c>).
/// </summary>
public sealed record CitationRule(string? Field, string? SourceField, string? SourceValue)
{
    /// <summary>The rule as the schema writes it, for messages: <c>said-in</c>, <c>{ source-type: article }</c>.</summary>
    public string Text => Field ?? "{ " + SourceField + ": " + SourceValue + " }";
}

/// <summary>
/// What a kind declares beyond its fields' types, checked once every file is bound (<c>Validation/DeclaredChecks</c>):
/// <see cref="Identity"/>, the fields whose values together identify "the same thing" (facts with equal values of all of
/// them describe one thing), <see cref="Agree"/>, the fields such facts must then give alike (a BRF040 warning, or a
/// BRF041 error when <see cref="DisagreementIsError"/>), the date orders and the citations its facts must carry.
/// <see cref="Indexed"/> is every field of the kind any check reads (its own rules' and other kinds' that reach it
/// through a reference or a citation), the only values the cross-file index carries, so editing another field re-runs
/// nothing.
/// </summary>
public sealed record KindChecks(
    EquatableArray<string> Identity,
    EquatableArray<string> Agree,
    bool DisagreementIsError,
    EquatableArray<DateOrderRule> DateOrders,
    EquatableArray<CitationRule> MustCite,
    EquatableArray<string> Indexed = default)
{
    public static readonly KindChecks None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, false, EquatableArray<DateOrderRule>.Empty, EquatableArray<CitationRule>.Empty, EquatableArray<string>.Empty);

    public bool HasIdentity => !Identity.IsEmpty && !Agree.IsEmpty;
}
