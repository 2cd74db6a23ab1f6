using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Briefings.Rendering.Model;
using Briefings.Runtime;

namespace Briefings.Rendering.Paging;

/// <summary>One page of one collection: which facts it holds, by position in the collection (catalog order).</summary>
public sealed record PageSlice(string Collection, int Number, int Count, int FirstIndex, IReadOnlyList<IFact> Facts);

/// <summary>
/// How every collection splits into pages of at most <see cref="PageSize"/> facts, language- and format-neutral, so
/// every language and format pages the same facts the same way. Facts keep the catalog's order (by id, ordinal,
/// within a kind), which is what makes page numbers stable from build to build. Only a collection with more facts than
/// the page size has pages: one that fits on one page (or has no facts) has none, so no page file is written that its
/// index would never link to (the index shows such a kind inline).
/// </summary>
public sealed class PagePlan
{
    private PagePlan(int pageSize, IReadOnlyDictionary<string, IReadOnlyList<PageSlice>> byCollection, IReadOnlyList<string> collections)
    {
        PageSize = pageSize;
        ByCollection = byCollection;
        Collections = collections;
    }

    public int PageSize { get; }

    /// <summary>Every collection name of the catalog (ordinal order), paged or empty.</summary>
    public IReadOnlyList<string> Collections { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<PageSlice>> ByCollection { get; }

    public static PagePlan Create(FactCatalog catalog, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var byCollection = new Dictionary<string, IReadOnlyList<PageSlice>>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var collection in catalog.Collections)
        {
            var facts = collection.Facts;
            var count = facts.Count > pageSize ? (facts.Count + pageSize - 1) / pageSize : 0;
            var slices = new List<PageSlice>(count);
            for (var i = 0; i < count; i++)
            {
                var first = i * pageSize;
                var slice = new IFact[Math.Min(pageSize, facts.Count - first)];
                for (var j = 0; j < slice.Length; j++)
                {
                    slice[j] = facts[first + j];
                }

                slices.Add(new PageSlice(collection.CollectionName, i + 1, count, first, slice));
            }

            byCollection[collection.CollectionName] = slices;
            names.Add(collection.CollectionName);
        }

        return new PagePlan(pageSize, byCollection, names);
    }

    /// <summary>
    /// <c>slug.lang.market_moves-2.html</c>. The collection part is reduced to lower-case ASCII letters, digits,
    /// '_' and '-', so a catalog class with any name still gives a portable file name (collisions are BRF114).
    /// </summary>
    public static string FileName(string slug, string language, string collection, int number, string extension)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var safe = new StringBuilder(collection.Length);
        foreach (var c in collection.ToLowerInvariant())
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' ? c : '-');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{slug}.{language}.{safe}-{number}.{extension}");
    }
}
