using System.Collections.Generic;

namespace Briefings.Runtime;

/// <summary>
/// A compiled fact base as tools see it: implemented by the generated <c>&lt;Catalog&gt;Model</c> class and named by
/// <see cref="FactModelAttribute"/>, so a renderer loads any desk's model without knowing its namespace or names.
/// </summary>
public interface IFactModel
{
    /// <summary>The story's slug from the schema (<c>slug:</c>), which names its briefings; null if the schema gives none.</summary>
    string? Slug { get; }

    /// <summary>The languages every text is written in; the first is the fallback.</summary>
    IReadOnlyList<string> Languages { get; }

    /// <summary>Names the schema the types were generated from; new fact data is only decoded by the same types.</summary>
    string SchemaFingerprint { get; }

    /// <summary>Every kind, in the order the schema declares them (schema files in file order): templates show them so.</summary>
    IReadOnlyList<IFactKind> Kinds { get; }

    /// <summary>Every fact: by kind name (ordinal), then by id (ordinal); citations are numbered in this order.</summary>
    IReadOnlyList<IFact> All { get; }
}

/// <summary>One kind of a model: its description and its facts.</summary>
public interface IFactKind
{
    RecordDescriptor Descriptor { get; }

    /// <summary>The kind's facts, ordered by id (ordinal).</summary>
    IReadOnlyList<IFact> Facts { get; }

    /// <summary>The fact of this kind with that id, or null.</summary>
    IFact? Find(string id);
}

/// <summary>The <see cref="IFactKind"/> of a generated record type: reads the catalog through the type's static members.</summary>
public sealed class FactKind<T> : IFactKind
    where T : class, IFact<T>
{
    public RecordDescriptor Descriptor => T.KindDescriptor;

    public IReadOnlyList<IFact> Facts => T.FactsOfKind;

    public IFact? Find(string id) => T.Find(id);
}

/// <summary>
/// For tools that keep a model loaded while facts change (the watch loop): the generated model implements it
/// explicitly, so it is on no consumer's public surface.
/// </summary>
public interface IFactDataSwap
{
    /// <summary>
    /// From now on, decode each kind's facts from this data (by kind name; a kind left out, or null, goes back to the
    /// compiled data). Safe while other threads read: each kind swaps one snapshot, and no reader sees half of one.
    /// </summary>
    void ReplaceFactData(IReadOnlyDictionary<string, byte[]>? dataByKind);
}
