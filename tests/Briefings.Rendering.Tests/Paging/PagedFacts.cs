using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Briefings.Runtime;

namespace Briefings.Rendering.Tests.Paging;

/// <summary>
/// A hand-written catalog shaped like the generated one, large enough to page: 450 items (ids in catalog order,
/// item-001 … item-450), each citing one of seven paragraphs of one source and referring to the next item, so
/// references and citations cross pages. Item 1 carries hostile text. One kind has no facts at all.
/// </summary>
public static class PagedFacts
{
    public const int ItemCount = 450;

    public static IReadOnlyList<string> Languages { get; } = ["en", "zh-Hant"];

    public static IReadOnlyList<IFact> All => [.. Items.All, .. ItemSources.All, .. Tags.All];

    /// <summary>The catalog as the renderer reads it.</summary>
    public static IFactModel Model { get; } = new HandWrittenModel(Languages, new PagedKind<Item>(Items.All), new PagedKind<ItemSource>(ItemSources.All), new PagedKind<Tag>(Tags.All));

    public static class Items
    {
        public static IReadOnlyList<Item> All { get; } = Item.Make("item", ItemCount);
    }

    public static class ItemSources
    {
        public static IReadOnlyList<ItemSource> All { get; } = [ItemSource.Wire];
    }

    /// <summary>A kind without facts: it has no pages, and <c>pages.tags</c> is an empty array.</summary>
    public static class Tags
    {
        public static IReadOnlyList<Tag> All { get; } = [];
    }
}

/// <summary>The same shape with five items, for a snapshot small enough to read (page size 2: pages of 2, 2, 1).</summary>
public static class FewPagedFacts
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "zh-Hant"];

    public static IReadOnlyList<IFact> All => [.. Items.All, .. ItemSources.All];

    /// <summary>The catalog as the renderer reads it.</summary>
    public static IFactModel Model { get; } = new HandWrittenModel(Languages, new PagedKind<Item>(Items.All), new PagedKind<ItemSource>(ItemSources.All));

    public static class Items
    {
        public static IReadOnlyList<Item> All { get; } = Item.Make("few", 5);
    }

    public static class ItemSources
    {
        public static IReadOnlyList<ItemSource> All { get; } = [ItemSource.Wire];
    }
}

/// <summary>One kind of a hand-written catalog: two catalogs share the record types here, so each lists its own facts.</summary>
internal sealed class PagedKind<T>(IReadOnlyList<T> facts) : IFactKind
    where T : class, IFact<T>
{
    public RecordDescriptor Descriptor => T.KindDescriptor;

    public IReadOnlyList<IFact> Facts => facts;

    public IFact? Find(string id) => facts.FirstOrDefault(f => f.Id == id);
}

public sealed record Item : IFact<Item>
{
    private static readonly RecordDescriptor Descriptor = Describe.Kind("item", "Item", "Items",
        Describe.Field(0, "Title", FieldType.Localized),
        Describe.Field(1, "Note", FieldType.Text),
        Describe.Field(2, "Next", FieldType.Ref, target: "item"),
        Describe.Field(3, "Sources", FieldType.Struct, list: true, target: "item-citation", role: FieldRole.Citations));

    public string Kind => "item";

    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required string Note { get; init; }

    public Ref<Item>? Next { get; init; }

    public required IReadOnlyList<ItemCitation> Sources { get; init; }

    public static Item? Find(string id) =>
        PagedFacts.Items.All.FirstOrDefault(i => i.Id == id) ?? FewPagedFacts.Items.All.FirstOrDefault(i => i.Id == id);

    static IReadOnlyList<Item> IFact<Item>.FactsOfKind => PagedFacts.Items.All;

    static RecordDescriptor IFact<Item>.KindDescriptor => Descriptor;

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => Descriptor.IndexOf(field) switch
    {
        0 => Title,
        1 => Note,
        2 => Next,
        _ => Sources,
    };

    /// <summary>Items <c>prefix-001</c>…: zero-padded so id order (ordinal) is number order; each cites one of <paramref name="paragraphs"/> paragraphs and, if <paramref name="linked"/>, refers to the next.</summary>
    internal static Item[] Make(string prefix, int count, int paragraphs = 7, bool linked = true)
    {
        string Id(int n) => prefix + "-" + n.ToString("000", CultureInfo.InvariantCulture);
        return Enumerable.Range(1, count).Select(n => new Item
        {
            Id = Id(n),
            Title = new LocalizedText(("en", "Item " + n.ToString(CultureInfo.InvariantCulture)), ("zh-Hant", "項目 " + n.ToString(CultureInfo.InvariantCulture))),
            Note = n == 1 ? HostileFacts.Everything : "note " + n.ToString(CultureInfo.InvariantCulture),
            Next = linked && n < count ? new Ref<Item>(Id(n + 1)) : null,
            Sources = [new ItemCitation { Source = new Ref<ItemSource>(ItemSource.Wire.Id), Paragraph = 1 + (n % paragraphs) }],
        }).ToArray();
    }
}

public sealed record ItemSource : IFact<ItemSource>
{
    public static readonly ItemSource Wire = new() { Id = "wire", Title = new LocalizedText(("en", "The wire"), ("zh-Hant", "通訊社")) };

    public string Kind => "item-source";

    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public static ItemSource? Find(string id) => id == Wire.Id ? Wire : null;

    private static readonly RecordDescriptor Descriptor = Describe.Kind("item-source", "ItemSource", "ItemSources", Describe.Field(0, "Title", FieldType.Localized));

    static IReadOnlyList<ItemSource> IFact<ItemSource>.FactsOfKind => [Wire];

    static RecordDescriptor IFact<ItemSource>.KindDescriptor => Descriptor;

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => Descriptor.IndexOf(field) == 0 ? Title : null;
}

public sealed record ItemCitation : IFactRecord
{
    private static readonly RecordDescriptor Descriptor = Describe.Struct("item-citation", "ItemCitation",
        Describe.Field(0, "Source", FieldType.Ref, target: "item-source"),
        Describe.Field(1, "Paragraph", FieldType.Integer));

    public required Ref<ItemSource> Source { get; init; }

    public required long Paragraph { get; init; }

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => Descriptor.IndexOf(field) == 0 ? Source : Paragraph;
}

public sealed record Tag : IFact<Tag>
{
    public string Kind => "tag";

    public required string Id { get; init; }

    public static Tag? Find(string id) => null;

    private static readonly RecordDescriptor Descriptor = Describe.Kind("tag", "Tag", "Tags");

    static IReadOnlyList<Tag> IFact<Tag>.FactsOfKind => [];

    static RecordDescriptor IFact<Tag>.KindDescriptor => Descriptor;

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => throw new ArgumentOutOfRangeException(nameof(field));
}
