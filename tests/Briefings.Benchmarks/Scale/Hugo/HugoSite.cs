using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Briefings.Benchmarks.Scale.Hugo;

/// <summary>
/// The peer in issue 15's harness shape: the same synthetic facts as a Hugo site, one Markdown file per fact (its fields
/// as YAML front matter, a localized field as <c>field</c> in English and <c>field_zh</c> in Chinese, an event's English
/// summary as its body), and layouts that render the same briefing content: an index page per language (every event's
/// date, title and summary grouped by day, then every other fact's name) and one page per fact (its fields, references
/// resolved to names and URLs). Hugo writes HTML only; ours also writes Markdown and the model JSON.
/// </summary>
internal static class HugoSite
{
    /// <summary>The content file of the fact that gets edited (our measurement edits the same fact, event-000000).</summary>
    public const string EditedContent = "content/events/event-000000.md";

    /// <summary>The line an edit changes: the English title, always double-quoted, so a prefix keeps it valid YAML.</summary>
    public const string TitleLine = "title: \"";

    /// <summary>Writes the site for <paramref name="facts"/> (from <c>SyntheticFactBase.Generate</c>) into <paramref name="folder"/>, emptied first; returns the number of content files.</summary>
    public static int Write(string folder, IEnumerable<(string Path, string Text)> facts)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var (path, text) in HugoLayouts.Files)
        {
            WriteFile(folder, path, text);
        }

        var count = 0;
        foreach (var (path, text) in facts)
        {
            if (path.EndsWith(".yaml", StringComparison.Ordinal) && Path.GetFileName(path) != "schema.yaml")
            {
                var (contentPath, page) = Page(text);
                WriteFile(folder, contentPath, page);
                count++;
            }
        }

        return count;
    }

    /// <summary>One fact file's YAML as a Hugo content file: (its path under the site, its text).</summary>
    public static (string Path, string Text) Page(string factYaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(factYaml));
        var fact = (YamlMappingNode)stream.Documents[0].RootNode;
        var kind = Scalar(fact, "kind");
        var id = Scalar(fact, "id");
        var section = kind switch
        {
            "event" => "events",
            "source" => "sources",
            "organisation" => "organisations",
            "person" => "people",
            _ => throw new FormatException("Unknown synthetic kind " + kind),
        };

        var front = new StringBuilder("---\n");
        var body = string.Empty;
        foreach (var (keyNode, value) in fact.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (key is "kind")
            {
                continue;
            }

            if (value is YamlMappingNode localized && localized.Children.ContainsKey("en"))
            {
                // name (a person's, an organisation's) is the page title, as title is an event's and a source's.
                var english = key is "name" ? "title" : key;
                if (key is "summary")
                {
                    body = Scalar(localized, "en") + "\n";
                    english = "summary_en";
                }

                front.Append(english).Append(": ").Append(Quote(Scalar(localized, "en"))).Append('\n');
                front.Append(key is "name" ? "title" : key).Append("_zh: ").Append(Quote(Scalar(localized, "zh-Hant"))).Append('\n');
            }
            else
            {
                // id and url mean something else to Hugo (a page's URL), so they get names of their own.
                front.Append(key switch { "id" => "fact_id", "url" => "source_url", _ => key }).Append(": ").Append(Value(value)).Append('\n');
            }
        }

        front.Append("---\n");
        return (Invariant($"content/{section}/{id}.md"), front + body);
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => quoted.Append("\\\\"),
                '"' => quoted.Append("\\\""),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append(Invariant($"\\u{(int)c:X4}")),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static string Value(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Quote(scalar.Value ?? string.Empty),
        YamlSequenceNode list => "[" + string.Join(", ", list.Children.Select(Value)) + "]",
        YamlMappingNode map => "{ " + string.Join(", ", map.Children.Select(p => ((YamlScalarNode)p.Key).Value + ": " + Value(p.Value))) + " }",
        _ => throw new FormatException("Unexpected YAML node " + node.NodeType),
    };

    private static string Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value }
            ? value
            : throw new FormatException("The synthetic fact has no " + key);

    private static void WriteFile(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
