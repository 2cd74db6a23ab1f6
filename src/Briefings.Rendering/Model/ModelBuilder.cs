using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// Turns the typed records of a <see cref="FactCatalog"/> into explicit, read-only Scriban objects for one language.
/// Templates never see raw .NET objects. Records are read through their descriptors (<see cref="IFactRecord"/>), in
/// schema order; members are the generated properties' names in snake_case. The mapping (documented in templates/README.md):
/// <list type="bullet">
/// <item>a fact → object with <c>kind</c>, <c>id</c>, <c>anchor</c> (<c>kind-id</c>, for HTML ids and links), then each property in
///   snake_case (<c>OpenSource</c> → <c>open_source</c>)</item>
/// <item><see cref="LocalizedText"/> → <see cref="LocalizedString"/> in the briefing's language, or visibly in the fallback language</item>
/// <item><see cref="FactDate"/> → <see cref="DateValue"/>; <see cref="Percent"/> → <see cref="PercentValue"/>; <see cref="Money"/> → <see cref="MoneyValue"/>;
///   <see cref="Uri"/> → <see cref="UrlValue"/></item>
/// <item>in a fact whose kind declares <c>role: bound</c>, <c>direction</c> or <c>unit</c>, every number (integers and decimals too,
///   as <see cref="NumberValue"/>) carries the fact's bound, direction and unit and writes them in the page's language</item>
/// <item><see cref="Ref{T}"/> → the referenced fact's object (the same object everywhere); enums → their schema word (<c>down</c>)</item>
/// <item>lists → arrays; other records (structs of the schema) → objects with snake_case members</item>
/// <item>the elements of the field the schema marks <c>role: citations</c> are citations: numbered once across the whole
///   model, in catalog order, with <c>number</c>, <c>anchor</c> (<c>cite-N</c>) and <c>cited_by</c> (the facts citing it) added</item>
/// </list>
/// </summary>
public sealed class ModelBuilder
{
    private FactCatalog catalog;
    private readonly string language;
    private readonly string fallback;
    private readonly LanguageFormat format;
    private readonly Dictionary<string, FactObject> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<object, ScriptObject> citations = new();
    private readonly FrozenArray citationList = new();

    public ModelBuilder(FactCatalog catalog, string language, LanguageFormat format)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(format);
        this.catalog = catalog;
        this.language = language;
        this.format = format;
        fallback = catalog.Languages[0];
        NumberCitations();
    }

    /// <summary>
    /// What every output may depend on beyond the facts it reads: which facts exist (hence the pages) and how citations
    /// are numbered and who cites them. If it differs from the last render's, nothing of that render can be reused.
    /// Computed from the catalog alone (no model objects), in the order <see cref="NumberCitations"/> numbers them.
    /// </summary>
    public static string Signature(FactCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new System.Text.StringBuilder();
        foreach (var collection in catalog.Collections)
        {
            text.Append(collection.CollectionName).Append(':').AppendJoin(',', collection.Facts.Select(f => f.Id)).Append('\n');
        }

        var numbers = new Dictionary<object, int>();
        var citing = new List<(object Item, List<string> Facts)>();
        foreach (var fact in catalog.All)
        {
            foreach (var item in SourcesOf(fact))
            {
                if (item is null || item is IFact)
                {
                    continue;
                }

                if (!numbers.TryGetValue(item, out var number))
                {
                    number = citing.Count;
                    numbers.Add(item, number);
                    citing.Add((item, []));
                }

                var key = FactObject.FactKey(fact.Kind, fact.Id);
                if (citing[number].Facts.Count == 0 || citing[number].Facts[^1] != key)
                {
                    citing[number].Facts.Add(key);
                }
            }
        }

        foreach (var (item, facts) in citing)
        {
            text.Append(item).Append(" by ").AppendJoin(',', facts).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Takes a catalog in which only the facts named in <paramref name="changed"/> (<c>kind/id</c>) differ from the one
    /// this model was built from, with the same <see cref="Signature(FactCatalog)"/>, and rebuilds those facts' objects
    /// in place: every array, page and reference that holds them sees the new values, and nothing else is rebuilt.
    /// </summary>
    public void Refresh(FactCatalog changedCatalog, IReadOnlySet<string> changed)
    {
        ArgumentNullException.ThrowIfNull(changedCatalog);
        ArgumentNullException.ThrowIfNull(changed);
        catalog = changedCatalog;
        Version++;
        foreach (var fact in changedCatalog.All)
        {
            if (changed.Contains(FactObject.FactKey(fact.Kind, fact.Id)) && facts.TryGetValue(FactObject.FactKey(fact.Kind, fact.Id), out var existing))
            {
                existing.IsReadOnly = false;
                existing.Clear();
                Fill(existing, fact);
            }
        }
    }

    /// <summary>The catalog the objects were last built or refreshed from.</summary>
    public FactCatalog Catalog => catalog;

    /// <summary>Counts <see cref="Refresh"/>es, so what is derived from the facts (the referrers index) knows to rebuild.</summary>
    public int Version { get; private set; }

    /// <summary>Every distinct citation, numbered from 1 in order of first appearance (catalog order).</summary>
    public ScriptArray Citations => citationList;

    /// <summary>
    /// <c>facts</c>: one array per collection (<c>facts.events</c>, <c>facts.market_moves</c>, …) plus <c>facts.all</c>.
    /// </summary>
    public ScriptObject BuildFacts()
    {
        var result = new ScriptObject();
        var all = new FrozenArray();
        foreach (var fact in catalog.All)
        {
            all.Add(ToScript(fact));
        }

        result.SetValue("all", all, readOnly: true);
        foreach (var collection in catalog.Collections)
        {
            var array = new FrozenArray();
            foreach (var fact in collection.Facts)
            {
                array.Add(ToScript(fact));
            }

            result.SetValue(collection.CollectionName, array, readOnly: true);
        }

        result.IsReadOnly = true;
        return result;
    }

    /// <summary>The object of one fact; the same instance for every reference to it.</summary>
    public ScriptObject ToScript(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var key = FactObject.FactKey(fact.Kind, fact.Id);
        if (facts.TryGetValue(key, out var existing))
        {
            return existing;
        }

        // Registered before its members are filled, so facts that refer to each other get each other's object.
        var result = new FactObject(fact.Kind, fact.Id);
        facts.Add(key, result);
        Fill(result, fact);
        return result;
    }

    private void Fill(FactObject result, IFact fact)
    {
        result.SetValue("kind", fact.Kind, readOnly: true);
        result.SetValue("id", fact.Id, readOnly: true);
        result.SetValue("anchor", fact.Kind + "-" + fact.Id, readOnly: true);
        var qualifiers = QualifiersOf(fact);
        foreach (var field in fact.Descriptor.Fields)
        {
            var name = StandardMemberRenamer.Rename(field.MemberName);
            var origin = $"{fact.Kind} '{fact.Id}', field '{name}'";
            var value = fact.GetValue(field);
            object? converted;
            if (field.Role == FieldRole.Citations && value is IEnumerable list and not string)
            {
                var array = new FrozenArray();
                foreach (var item in list)
                {
                    array.Add(item is not null && citations.TryGetValue(item, out var citation) ? citation : Convert(item, field, origin));
                }

                converted = array;
            }
            else
            {
                converted = Convert(value, field, origin, qualifiers);
            }

            result.SetValue(name, converted, readOnly: true);
        }

        result.IsReadOnly = true;
    }

    /// <summary>The citation objects a fact's <c>Sources</c> list holds, in its order (none if it has no such list).</summary>
    public IEnumerable<ScriptObject> CitationsOf(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        foreach (var item in SourcesOf(fact))
        {
            if (item is not null && citations.TryGetValue(item, out var citation))
            {
                yield return citation;
            }
        }
    }

    private void NumberCitations()
    {
        var citedBy = new Dictionary<object, List<IFact>>();
        var citing = new HashSet<(object, IFact)>();
        foreach (var fact in catalog.All)
        {
            foreach (var item in SourcesOf(fact))
            {
                if (item is null || item is IFact)
                {
                    continue;
                }

                if (!citations.ContainsKey(item))
                {
                    var number = citationList.Count + 1;
                    // A struct value like any other (its descriptor names and labels its fields), plus its number.
                    var citation = item is IFactRecord structValue ? new StructObject(structValue.Descriptor) : new ScriptObject();
                    citation.SetValue("number", number, readOnly: true);
                    citation.SetValue("anchor", "cite-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), readOnly: true);
                    citations.Add(item, citation);
                    citedBy.Add(item, []);
                    citationList.Add(citation);
                }

                // A set beside the list: a source cited by 10,000 facts must not cost 10,000² comparisons.
                if (citing.Add((item, fact)))
                {
                    citedBy[item].Add(fact);
                }
            }
        }

        // Fill the members once every citation has its number, so facts and citations can point at each other.
        foreach (var (item, citation) in citations)
        {
            if (item is IFactRecord record)
            {
                foreach (var field in record.Descriptor.Fields)
                {
                    citation.SetValue(StandardMemberRenamer.Rename(field.MemberName), Convert(record.GetValue(field), field, "a citation"), readOnly: true);
                }
            }

            var citingFacts = new FrozenArray();
            foreach (var fact in citedBy[item])
            {
                citingFacts.Add(ToScript(fact));
            }

            citation.SetValue("cited_by", citingFacts, readOnly: true);
            citation.IsReadOnly = true;
        }
    }

    /// <summary>The items of a fact's citations field (<c>role: citations</c>), or none when its kind has none.</summary>
    private static IEnumerable SourcesOf(IFact fact) =>
        fact.Descriptor.Citations is { } field && fact.GetValue(field) is IEnumerable list and not string ? list : Array.Empty<object>();

    /// <summary>
    /// What a fact's bound, direction and unit fields (by their schema roles) say of its numbers; null when its kind
    /// declares none of them, so its integers and decimals (a paragraph, a point's number) stay plain numbers.
    /// </summary>
    private Qualifiers? QualifiersOf(IFact fact)
    {
        var descriptor = fact.Descriptor;
        var bound = descriptor.WithRole(FieldRole.Bound);
        var direction = descriptor.WithRole(FieldRole.Direction);
        var unit = descriptor.WithRole(FieldRole.Unit);
        if (bound is null && direction is null && unit is null)
        {
            return null;
        }

        string? Word(FieldDescriptor? field) => field is not null && fact.GetValue(field) is Enum e ? field.EnumWord(e) : null;
        var unitText = unit is null ? null : fact.GetValue(unit) switch
        {
            LocalizedText text => Localize(text, string.Empty).Text,
            string text => text,
            _ => null,
        };
        return new Qualifiers(Word(bound), Word(direction), unitText);
    }

    /// <summary>
    /// One value of <paramref name="field"/> (or one item of its list) as templates see it. <paramref name="qualifiers"/>
    /// are the fact's (<see cref="QualifiersOf"/>) for its own fields, null inside structs and for facts without them.
    /// </summary>
    private object? Convert(object? value, FieldDescriptor field, string origin, Qualifiers? qualifiers = null)
    {
        switch (value)
        {
            case null:
                return null;
            case int or long or decimal when qualifiers is not null:
                return new NumberValue(System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), format, qualifiers);
            case string or bool or int or long or decimal or double:
                return value;
            case LocalizedText text:
                return Localize(text, origin);
            case FactDate date:
                return new DateValue(date, format);
            case Percent percent:
                return new PercentValue(percent, format, qualifiers ?? Qualifiers.None);
            case Money money:
                return new MoneyValue(money, format, qualifiers ?? Qualifiers.None);
            case Uri uri:
                return new UrlValue(uri);
            case IFact fact:
                return ToScript(fact);
            case IRef reference:
                return ToScript(reference.Target);
            case Enum e:
                return field.EnumWord(e);
            case IEnumerable list:
                var array = new FrozenArray();
                foreach (var item in list)
                {
                    array.Add(Convert(item, field, origin, qualifiers));
                }

                return array;
            case IFactRecord record:
                var result = new StructObject(record.Descriptor);
                foreach (var member in record.Descriptor.Fields)
                {
                    result.SetValue(StandardMemberRenamer.Rename(member.MemberName), Convert(record.GetValue(member), member, origin), readOnly: true);
                }

                result.IsReadOnly = true;
                return result;
            default:
                throw new InvalidOperationException($"{origin}: a {value.GetType().Name} is not a value of the fact model.");
        }
    }

    private LocalizedString Localize(LocalizedText text, string origin)
    {
        var (shown, shownLanguage) = text.TryGetValue(language, out var exact) ? (exact, language)
            : text.TryGetValue(fallback, out var other) ? (other, fallback)
            : (text.FirstOrDefault().Value ?? string.Empty, text.FirstOrDefault().Key ?? fallback);

        // The original goes beside the text only where it is another text: on its own language's page it is the text.
        var isOriginal = string.Equals(text.OriginalLanguage, shownLanguage, StringComparison.Ordinal);
        var original = text.OriginalLanguage is { } originalLanguage && !isOriginal ? new OriginalText(text.Original!, originalLanguage) : null;
        return new LocalizedString(shown, shownLanguage, language, origin, original, isOriginal);
    }
}
