using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>One kind's facts as the catalog lists them: <c>Facts.MarketMoves</c> → collection <c>market_moves</c>.</summary>
public sealed record FactKindList(string CollectionName, RecordDescriptor Descriptor, IReadOnlyList<IFact> Facts);

/// <summary>
/// What one render reads of a generated model (<see cref="IFactModel"/>): its languages, all facts in catalog order, and
/// one collection per kind, taken once so that the whole render sees the same facts. Knows nothing about any story.
/// </summary>
public sealed class FactCatalog
{
    private FactCatalog(IFactModel model, IReadOnlyList<string> languages, IReadOnlyList<IFact> all, IReadOnlyList<FactKindList> collections)
    {
        Model = model;
        Languages = languages;
        All = all;
        Collections = collections;
    }

    /// <summary>The model this catalog was read from.</summary>
    public IFactModel Model { get; }

    /// <summary>The model's languages; the first is the fallback.</summary>
    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<IFact> All { get; }

    /// <summary>One per kind, ordered by collection name (ordinal).</summary>
    public IReadOnlyList<FactKindList> Collections { get; }

    /// <summary>Reads the model's facts now; throws <see cref="InvalidOperationException"/> when it has no language.</summary>
    public static FactCatalog From(IFactModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var languages = model.Languages.ToArray();
        if (languages.Length == 0)
        {
            throw new InvalidOperationException($"{model.GetType().FullName} declares no language");
        }

        var collections = model.Kinds
            .Where(kind => kind.Descriptor.CatalogName is not null)
            .Select(kind => new FactKindList(StandardMemberRenamer.Rename(kind.Descriptor.CatalogName!), kind.Descriptor, kind.Facts.ToArray()))
            .OrderBy(c => c.CollectionName, StringComparer.Ordinal)
            .ToList();
        return new FactCatalog(model, languages, model.All.ToArray(), collections);
    }
}
