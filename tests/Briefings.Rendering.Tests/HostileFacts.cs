using System;
using System.Collections.Generic;
using Briefings.Runtime;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A hand-written catalog shaped like the generated one, whose every slot holds hostile text: markup, script,
/// quotes, a javascript: URL, Markdown punctuation and line breaks, JSON-breaking characters, a missing translation.
/// </summary>
public static class HostileFacts
{
    public const string Script = "<script>alert(1)</script>";

    public const string Everything = "\"><script>alert(1)</script> 'q' & </script><!-- | *a* _b_ [x](javascript:alert(1)) # h\n- item\r\n1. one `code` \\ ~~s~~ {{ 1 + 1 }} \u2028 😀 中文";

    public static IReadOnlyList<string> Languages { get; } = ["en", "zh-Hant"];

    public static IReadOnlyList<IFact> All => [.. Notes.All, .. Sources.All];

    /// <summary>The catalog as the renderer reads it.</summary>
    public static IFactModel Model { get; } = new HandWrittenModel(Languages, new FactKind<Note>(), new FactKind<Source>());

    public static class Notes
    {
        public static IReadOnlyList<Note> All { get; } =
        [
            new Note
            {
                Id = "evil",
                Title = new LocalizedText(("en", Everything), ("zh-Hant", Script + "中文")),
                Body = Everything,
                Untranslated = new LocalizedText(("en", "English only " + Script)),
                Link = new Uri("javascript:alert(1)"),
                Safe = new Uri("https://example.com/a?b=1&c=\"2\""),
                Change = new Percent(-16.86m),
                Date = new FactDate(2025, 1, 27),
                Sources = [new Citation { Source = new Ref<Source>("src"), Paragraph = 3 }],
            },
        ];

        public static Note? Find(string id) => All[0].Id == id ? All[0] : null;
    }

    public static class Sources
    {
        public static IReadOnlyList<Source> All { get; } =
        [
            new Source { Id = "src", Title = new LocalizedText(("en", Everything), ("zh-Hant", Everything)) },
        ];

        public static Source? Find(string id) => All[0].Id == id ? All[0] : null;
    }
}

public sealed record Note : IFact<Note>
{
    public string Kind => "note";

    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required string Body { get; init; }

    public required LocalizedText Untranslated { get; init; }

    public required Uri Link { get; init; }

    public required Uri Safe { get; init; }

    public required Percent Change { get; init; }

    public required FactDate Date { get; init; }

    public required IReadOnlyList<Citation> Sources { get; init; }

    public static Note? Find(string id) => HostileFacts.Notes.Find(id);

    private static readonly RecordDescriptor Descriptor = Describe.Kind("note", "Note", "Notes",
        Describe.Field(0, "Title", FieldType.Localized),
        Describe.Field(1, "Body", FieldType.Text),
        Describe.Field(2, "Untranslated", FieldType.Localized),
        Describe.Field(3, "Link", FieldType.Url),
        Describe.Field(4, "Safe", FieldType.Url),
        Describe.Field(5, "Change", FieldType.Percent),
        Describe.Field(6, "Date", FieldType.Date),
        Describe.Field(7, "Sources", FieldType.Struct, list: true, target: "citation", role: FieldRole.Citations));

    static IReadOnlyList<Note> IFact<Note>.FactsOfKind => HostileFacts.Notes.All;

    static RecordDescriptor IFact<Note>.KindDescriptor => Descriptor;

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => Descriptor.IndexOf(field) switch
    {
        0 => Title,
        1 => Body,
        2 => Untranslated,
        3 => Link,
        4 => Safe,
        5 => Change,
        6 => Date,
        _ => Sources,
    };
}

public sealed record Source : IFact<Source>
{
    public string Kind => "source";

    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public static Source? Find(string id) => HostileFacts.Sources.Find(id);

    private static readonly RecordDescriptor Descriptor = Describe.Kind("source", "Source", "Sources", Describe.Field(0, "Title", FieldType.Localized));

    static IReadOnlyList<Source> IFact<Source>.FactsOfKind => HostileFacts.Sources.All;

    static RecordDescriptor IFact<Source>.KindDescriptor => Descriptor;

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => Descriptor.IndexOf(field) == 0 ? Title : null;
}

public sealed record Citation : IFactRecord
{
    private static readonly RecordDescriptor Descriptor = Describe.Struct("citation", "Citation",
        Describe.Field(0, "Source", FieldType.Ref, target: "source"),
        Describe.Field(1, "Paragraph", FieldType.Integer));

    public required Ref<Source> Source { get; init; }

    public required long Paragraph { get; init; }

    RecordDescriptor IFactRecord.Descriptor => Descriptor;

    object? IFactRecord.GetValue(FieldDescriptor field) => Descriptor.IndexOf(field) == 0 ? Source : Paragraph;
}
