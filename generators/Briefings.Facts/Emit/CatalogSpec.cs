using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Briefings.Facts.Binding;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;

namespace Briefings.Facts.Emit;

/// <summary>Everything the catalog emitter needs, location-free: equal input, no re-emit.</summary>
public sealed record CatalogSpec(SchemaModel Schema, EquatableArray<FactSpec> Facts)
{
    /// <summary>
    /// Past this many facts a kind's facts get no member each (<c>Facts.Events.Event000123</c>), only <c>Find</c>,
    /// <c>Get</c> and <c>All</c> (BRF035): far below the 65,535 methods a .NET type may hold, and far above a story's.
    /// </summary>
    public const int NamedFactLimit = 20_000;

    /// <summary>BRF035 for each kind with more facts than <see cref="NamedFactLimit"/>.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics() => Schema.Kinds
        .Select(kind => (Kind: kind, Count: Facts.Count(f => f.Kind == kind.Name)))
        .Where(p => p.Count > NamedFactLimit)
        .Select(p => DiagnosticInfo.Create(
            DiagnosticDescriptors.TooManyNamedFacts,
            null,
            p.Kind.Name,
            p.Count.ToString("N0", CultureInfo.InvariantCulture),
            NamedFactLimit.ToString("N0", CultureInfo.InvariantCulture),
            Schema.CatalogName,
            p.Kind.CatalogName!))
        .ToEquatableArray();

    /// <summary>Past this many characters of string literals, kinds hold their data deflated, or past that as u8 literals (see <see cref="FactData.StringLiteralBudget"/>).</summary>
    public long StringLiteralBudget { get; init; } = FactData.StringLiteralBudget;

    /// <summary>
    /// The characters the catalog's string literals hold when the data is compiled as strings: each kind's data (the
    /// facts' blocks and the line breaks between them) and the id each named member passes to <c>Get</c>.
    /// </summary>
    public long StringLiteralChars() => Facts.Sum(f => (long)f.Data.Length + 1) + MemberIdChars();

    /// <summary>The characters of the ids the named members pass to <c>Get</c> (none for a kind past <see cref="NamedFactLimit"/>).</summary>
    public long MemberIdChars() => Facts
        .GroupBy(f => f.Kind, StringComparer.Ordinal)
        .Sum(kind => kind.Count() > NamedFactLimit ? 0 : kind.Sum(f => (long)f.Id.Length));

    /// <summary>The form the settings force (BriefingsFactDataLiterals), or null to choose by size (<see cref="DeflatedData.Choose"/>).</summary>
    public FactDataForm? ForcedForm { get; init; }

    /// <summary>Whether the data can be compiled as text: every string literal within <see cref="StringLiteralBudget"/>.</summary>
    public bool DataFitsAsText => StringLiteralChars() <= StringLiteralBudget;

    /// <summary>
    /// Orders facts by kind and id (ordinal), whatever the file order, and keeps the first of any
    /// duplicate id or C# name (in file-key order) so the emitted code always compiles; the
    /// duplicates themselves are reported by the cross-file checks.
    /// </summary>
    public static CatalogSpec Create(IEnumerable<EquatableArray<FactSpec>> files, SchemaModel schema)
    {
        var seenIds = new HashSet<(string, string)>();
        var seenMembers = new HashSet<(string, string)>();
        var facts = new List<FactSpec>();
        foreach (var fact in files.SelectMany(f => f).OrderBy(f => f.FileKey, StringComparer.Ordinal))
        {
            if (schema.Kind(fact.Kind) is null)
            {
                continue;
            }

            if (seenIds.Add((fact.Kind, fact.Id)) && seenMembers.Add((fact.Kind, fact.MemberName)))
            {
                facts.Add(fact);
            }
        }

        return new CatalogSpec(
            schema,
            facts.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToEquatableArray());
    }
}
