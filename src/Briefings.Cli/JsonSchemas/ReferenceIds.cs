using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Pipeline;
using Briefings.Facts.Schema;

namespace Briefings.Cli.JsonSchemas;

/// <summary>One id a reference field may hold, and what that fact is called (empty when it has no title or did not bind).</summary>
internal sealed record NamedId(string Id, string Title);

/// <summary>
/// The ids each kind holds now, with each fact's title, from one run of the fact pipeline (<see cref="FactBaseSession"/>):
/// what the exported JSON Schemas list for a reference field. An id counts as the build's reference check counts it
/// (declared, even if the fact has other errors); a title comes from a fact that bound. Compared by value, so the
/// watch loop writes the schemas again only when an id or a title changed.
/// </summary>
internal sealed class ReferenceIds : IEquatable<ReferenceIds>
{
    private readonly SortedDictionary<string, IReadOnlyList<NamedId>> byKind;

    private ReferenceIds(SortedDictionary<string, IReadOnlyList<NamedId>> byKind) => this.byKind = byKind;

    /// <summary>No ids at all: every reference field lists none.</summary>
    public static ReferenceIds None { get; } = new(new SortedDictionary<string, IReadOnlyList<NamedId>>(StringComparer.Ordinal));

    /// <summary>The ids of every kind of <paramref name="result"/>'s schema (none without a schema).</summary>
    public static ReferenceIds From(FactBaseResult result, TitleCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Schema is not { } schema)
        {
            return None;
        }

        // Titles first, then names through a reference (a quote is called by its speaker's name), one step deep.
        var titles = new Dictionary<(string Kind, string Id), FactTitles.Title?>();
        foreach (var kind in schema.Kinds)
        {
            foreach (var id in IdsOf(result, kind.Name))
            {
                var key = kind.Name + "/" + id;
                titles[(kind.Name, id)] = !result.FactData.TryGetValue(key, out var block) ? null
                    : cache is null ? FactTitles.Read(schema, kind, block) : cache.Read(schema, kind, key, block);
            }
        }

        cache?.EndRun();
        var byKind = new SortedDictionary<string, IReadOnlyList<NamedId>>(StringComparer.Ordinal);
        foreach (var kind in schema.Kinds)
        {
            var target = FactTitles.TitleField(kind) is { Type: FieldType.Ref } field ? field.Target : null;
            byKind[kind.Name] = IdsOf(result, kind.Name)
                .Select(id => new NamedId(id, Name(titles[(kind.Name, id)], target, titles)))
                .ToList();
        }

        return new ReferenceIds(byKind);
    }

    /// <summary>Ids by kind, each list already in ordinal order (see <see cref="CompiledModelIds"/>).</summary>
    public static ReferenceIds Create(IEnumerable<(string Kind, IReadOnlyList<NamedId> Ids)> kinds)
    {
        var byKind = new SortedDictionary<string, IReadOnlyList<NamedId>>(StringComparer.Ordinal);
        foreach (var (kind, ids) in kinds)
        {
            byKind[kind] = ids;
        }

        return new ReferenceIds(byKind);
    }

    /// <summary>The kinds listed, in ordinal order.</summary>
    public IReadOnlyCollection<string> Kinds => byKind.Keys;

    /// <summary>The ids of <paramref name="kind"/>, in ordinal order; empty for a kind with no facts.</summary>
    public IReadOnlyList<NamedId> Of(string kind) => byKind.TryGetValue(kind, out var ids) ? ids : [];

    public bool Equals(ReferenceIds? other)
        => other is not null && byKind.Count == other.byKind.Count
            && byKind.All(pair => other.byKind.TryGetValue(pair.Key, out var ids) && pair.Value.SequenceEqual(ids));

    public override bool Equals(object? obj) => Equals(obj as ReferenceIds);

    public override int GetHashCode() => byKind.Aggregate(byKind.Count, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value.Count));

    private static IReadOnlyList<string> IdsOf(FactBaseResult result, string kind)
        => result.IdsByKind.TryGetValue(kind, out var ids) ? ids : [];

    private static string Name(FactTitles.Title? title, string? target, Dictionary<(string Kind, string Id), FactTitles.Title?> titles)
    {
        if (title is not { } found)
        {
            return string.Empty;
        }

        if (!found.IsReference)
        {
            return found.Text;
        }

        // The referenced fact's own title if it is a text; else the id the reference holds.
        return target is not null && titles.TryGetValue((target, found.Text), out var referenced) && referenced is { IsReference: false } text ? text.Text : found.Text;
    }
}
