using System;
using System.Collections.Generic;
using System.Threading;

namespace Briefings.Runtime;

/// <summary>
/// One kind's facts decoded from one piece of data, with their lookup by id: the generated catalog keeps one and
/// replaces it whole, so a reader sees either the old facts or the new ones, never a mix.
/// </summary>
public sealed class FactSnapshot<T>
    where T : class, IFact
{
    private Dictionary<string, T>? byId;

    public FactSnapshot(byte[]? source, T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Source = source;
        Items = items;
        All = Array.AsReadOnly(items);
    }

    /// <summary>The data swapped in by a tool, or null for the compiled data.</summary>
    public byte[]? Source { get; }

    public T[] Items { get; }

    public IReadOnlyList<T> All { get; }

    public T? Find(string id)
    {
        var index = byId ?? FactCache.Publish(ref byId, ById(Items));
        return index.TryGetValue(id, out var fact) ? fact : null;
    }

    private static Dictionary<string, T> ById(T[] items)
    {
        var result = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.Add(item.Id, item);
        }

        return result;
    }
}

/// <summary>Keeps a generated catalog's <see cref="FactSnapshot{T}"/> current.</summary>
public static class FactSnapshot
{
    /// <summary>
    /// The snapshot for the current data: <paramref name="current"/> if it was decoded from <paramref name="data"/>,
    /// else a new one from <paramref name="decode"/>, published for the next reader.
    /// </summary>
    public static FactSnapshot<T> For<T>(ref FactSnapshot<T>? current, byte[]? data, Func<byte[]?, T[]> decode)
        where T : class, IFact
    {
        ArgumentNullException.ThrowIfNull(decode);
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && ReferenceEquals(snapshot.Source, data))
        {
            return snapshot;
        }

        snapshot = new FactSnapshot<T>(data, decode(data));
        Volatile.Write(ref current, snapshot);
        return snapshot;
    }
}
