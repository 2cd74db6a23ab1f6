using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Briefings.Benchmarks.Synthetic;

/// <summary>
/// Writes a deterministic fact base of any size: a schema and N facts spread over organisations,
/// people, sources and events (with dates, English and CJK text, URLs, tags and references), one
/// fact per file as a newsroom would keep them. The same seed and size always give the same bytes.
/// </summary>
public static class SyntheticFactBase
{
    public const string Schema = """
        schema:
          namespace: Synthetic.Story
          catalog: Facts
          languages: [en, zh-Hant]
        structs:
          citation:
            fields:
              source: { type: ref, kind: source, required: true }
              paragraph: { type: integer, required: true }
        kinds:
          source:
            fields:
              title: { type: localized, required: true }
              url: { type: url, required: true }
          organisation:
            plural: organisations
            fields:
              name: { type: localized, required: true }
              founded: date
              valuation: money
              sources: { type: citation, list: true, required: true, role: citations }
          person:
            plural: people
            fields:
              name: { type: localized, required: true }
              organisation: { type: ref, kind: organisation }
              sources: { type: citation, list: true, required: true, role: citations }
          event:
            fields:
              date: { type: date, required: true }
              title: { type: localized, required: true }
              summary: { type: localized, required: true }
              importance: { type: enum, values: [low, medium, high], default: medium }
              change: percent
              tags: { type: text, list: true }
              actors: { type: ref, kind: organisation, list: true }
              people: { type: ref, kind: person, list: true }
              sources: { type: citation, list: true, required: true, role: citations }
        """;

    private static readonly string[] Words = { "chips", "model", "market", "compute", "training", "inference", "export", "valuation", "startup", "benchmark", "open-source", "cloud" };
    private static readonly string[] Cjk = { "芯片", "模型", "市場", "算力", "訓練", "推理", "出口", "估值", "初創", "基準", "開源", "雲端" };

    /// <summary>Writes the fact base for <paramref name="facts"/> facts into <paramref name="folder"/> (created, emptied first).</summary>
    public static IReadOnlyList<string> Write(string folder, int facts, int seed = 1)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (path, text) in Generate(facts, seed))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            written.Add(full);
        }

        return written;
    }

    /// <summary>The files (relative path, text): 5% sources, 10% organisations, 10% people, the rest events.</summary>
    public static IEnumerable<(string Path, string Text)> Generate(int facts, int seed = 1)
    {
        var random = new Random(seed);
        var sources = Math.Max(1, facts / 20);
        var organisations = Math.Max(1, facts / 10);
        var people = Math.Max(1, facts / 10);
        var events = Math.Max(1, facts - sources - organisations - people);
        yield return ("schema.yaml", Schema.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");

        for (var i = 0; i < sources; i++)
        {
            yield return ($"sources/source-{i:D6}.yaml", Invariant($"kind: source\nid: source-{i:D6}\ntitle:\n  en: \"{Sentence(random, 6)} report {i}\"\n  zh-Hant: \"{CjkSentence(random, 6)}報道{i}\"\nurl: https://news.example.com/{i}\n"));
        }

        for (var i = 0; i < organisations; i++)
        {
            yield return ($"organisations/org-{i:D6}.yaml", Invariant($"kind: organisation\nid: org-{i:D6}\nname:\n  en: \"Company {i}\"\n  zh-Hant: \"公司{i}\"\nfounded: {1990 + random.Next(35)}-{1 + random.Next(12):D2}\nvaluation: {random.Next(1, 900) * 1_000_000L} USD\nsources:\n  - {{ source: source-{random.Next(sources):D6}, paragraph: {1 + random.Next(30)} }}\n"));
        }

        for (var i = 0; i < people; i++)
        {
            yield return ($"people/person-{i:D6}.yaml", Invariant($"kind: person\nid: person-{i:D6}\nname:\n  en: \"Person {i}\"\n  zh-Hant: \"人物{i}\"\norganisation: org-{random.Next(organisations):D6}\nsources:\n  - {{ source: source-{random.Next(sources):D6}, paragraph: {1 + random.Next(30)} }}\n"));
        }

        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < events; i++)
        {
            var date = start.AddDays(random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var tags = string.Join(", ", new[] { Words[random.Next(Words.Length)], Words[random.Next(Words.Length)] });
            yield return ($"events/{date[..7]}/event-{i:D6}.yaml", Invariant($"""
                kind: event
                id: event-{i:D6}
                date: {date}
                title:
                  en: "{Sentence(random, 8)}"
                  zh-Hant: "{CjkSentence(random, 8)}"
                summary:
                  en: "{Sentence(random, 30)}."
                  zh-Hant: "{CjkSentence(random, 30)}。"
                importance: {(i % 3 == 0 ? "high" : i % 3 == 1 ? "low" : "medium")}
                change: {random.Next(-2000, 2000) / 100m}%
                tags: [{tags}]
                actors: [org-{random.Next(organisations):D6}, org-{random.Next(organisations):D6}]
                people: [person-{random.Next(people):D6}]
                sources:
                  - {"{"} source: source-{random.Next(sources):D6}, paragraph: {1 + random.Next(30)} {"}"}

                """).Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    private static string Sentence(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return builder.ToString();
    }

    private static string CjkSentence(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(Cjk[random.Next(Cjk.Length)]);
        }

        return builder.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
