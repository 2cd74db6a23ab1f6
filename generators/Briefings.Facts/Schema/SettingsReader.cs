using System.Collections.Generic;
using System.Text.RegularExpressions;
using Briefings.Facts.Naming;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>Reads <c>schema:</c>, the settings of the whole schema: namespace, catalog, slug, languages and extra languages.</summary>
internal static class SettingsReader
{
    private static readonly string[] SettingsKeys = { "namespace", "catalog", "languages", "extra-languages", "slug" };
    private static readonly Regex LanguageTag = new("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    public static void Read(SchemaNodeReader file, YamlNode settings)
    {
        if (!file.ExpectMapping(settings, "the schema settings (namespace, catalog, languages)"))
        {
            return;
        }

        file.CheckKeys(settings, SettingsKeys, "under 'schema:'");
        if (settings.Get("namespace") is { } ns && file.Scalar(ns, "a C# namespace such as 'Briefings.Story'") is { } nsText)
        {
            var keyword = Identifiers.IsNamespace(nsText) ? System.Array.Find(nsText.Split('.'), Identifiers.IsKeyword) : null;
            var invalid = !Identifiers.IsNamespace(nsText) ? $"'{YamlNode.Shorten(nsText)}' is not a C# namespace; write ASCII names joined by dots, such as 'Briefings.Story'."
                : keyword is not null ? $"'{nsText}' is not a C# namespace: '{keyword}' is a C# keyword; name that part otherwise, such as 'Briefings.Story'." : null;
            file.State.Namespace = SetOnce(file, ns, nsText, file.State.Namespace, "namespace", invalid);
        }

        if (settings.Get("catalog") is { } catalog && file.Scalar(catalog, "a C# class name such as 'Facts'") is { } catalogText)
        {
            if (!Identifiers.IsNamespace(catalogText) || catalogText.Contains("."))
            {
                file.Report(catalog, $"'{YamlNode.Shorten(catalogText)}' is not a C# class name; write one ASCII name, such as 'Facts'.");
            }
            else if (Identifiers.IsKeyword(catalogText))
            {
                file.Report(catalog, $"'{catalogText}' is a C# keyword, so it cannot name the catalog class; write another name, such as 'Facts'.");
            }
            else if (System.Array.IndexOf(SchemaResolver.CatalogMembers, catalogText) >= 0)
            {
                file.Report(catalog, $"'{catalogText}' is a member of the catalog class itself ({string.Join(", ", SchemaResolver.CatalogMembers)}), and a member cannot have its class's name; write another name, such as 'Facts'.");
            }
            else
            {
                file.State.Catalog = catalogText;
                file.State.CatalogLocation = file.Lines.Node(catalog);
            }
        }

        if (settings.Get("slug") is { } slug && file.Scalar(slug, "the story's slug, such as 'deepseek-shock'") is { } slugText)
        {
            var invalid = Identifiers.IsSlug(slugText) ? null : $"'{YamlNode.Shorten(slugText)}' is not a slug; the story's slug names its briefings, so write lower-case ASCII letters and digits joined by single hyphens, such as '{Identifiers.Slugify(slugText)}'.";
            file.State.Slug = SetOnce(file, slug, slugText, file.State.Slug, "slug", invalid);
        }

        if (settings.Get("languages") is { } languages)
        {
            ReadLanguages(file, languages);
        }

        if (settings.Get("extra-languages") is { } extra)
        {
            ReadExtraLanguages(file, extra);
        }
    }

    /// <summary>
    /// The namespace and the slug may be set in any schema file, but only once (or each time alike): the new value,
    /// or <paramref name="current"/> after reporting <paramref name="invalid"/> or a second, different value.
    /// </summary>
    private static string? SetOnce(SchemaNodeReader file, YamlNode node, string text, string? current, string setting, string? invalid)
    {
        if (invalid is not null)
        {
            file.Report(node, invalid);
            return current;
        }

        if (current is not null && current != text)
        {
            file.Report(node, $"the {setting} is already set to '{current}' in another schema file; set it once.");
            return current;
        }

        return text;
    }

    private static void ReadLanguages(SchemaNodeReader file, YamlNode languages)
    {
        if (languages.Kind != YamlNodeKind.Sequence || languages.Items.Count == 0)
        {
            file.Report(languages, "'languages' is a list of language tags, such as [en, zh-Hant]; the first is the fallback.");
            return;
        }

        var list = new List<string>();
        foreach (var (tag, _) in ReadTags(file, languages, list))
        {
            list.Add(tag);
        }

        file.State.Languages = list.Count > 0 ? list : file.State.Languages;
    }

    /// <summary>
    /// <c>extra-languages:</c> the further languages a localized text may carry (a quote's original) without a briefing
    /// of its own. May be given in several schema files; a tag also in <c>languages:</c> is reported by the resolver.
    /// </summary>
    private static void ReadExtraLanguages(SchemaNodeReader file, YamlNode extra)
    {
        if (extra.Kind != YamlNodeKind.Sequence)
        {
            file.Report(extra, "'extra-languages' is a list of language tags, such as [ja, zh-Hans]: languages a localized text may carry beside the briefings' languages.");
            return;
        }

        var declared = file.State.ExtraLanguages.ConvertAll(e => e.Tag);
        file.State.ExtraLanguages.AddRange(ReadTags(file, extra, declared));
    }

    /// <summary>The well-formed tags of a list, each once (also against <paramref name="seen"/>), with where each was written.</summary>
    private static List<(string Tag, Diagnostics.LocationInfo Location)> ReadTags(SchemaNodeReader file, YamlNode list, List<string> seen)
    {
        var tags = new List<(string Tag, Diagnostics.LocationInfo Location)>();
        foreach (var item in list.Items)
        {
            var tag = file.Scalar(item, "a language tag such as 'en' or 'zh-Hant'");
            if (tag is null)
            {
                continue;
            }

            if (!IsLanguageTag(tag))
            {
                file.Report(item, $"'{YamlNode.Shorten(tag)}' is not a BCP 47 language tag such as 'en' or 'zh-Hant'.");
            }
            else if (seen.Contains(tag) || tags.Exists(t => t.Tag == tag))
            {
                file.Report(item, $"the language '{tag}' is listed twice.");
            }
            else
            {
                tags.Add((tag, file.Lines.Node(item)));
            }
        }

        return tags;
    }

    /// <summary>A well-formed tag as this tool takes them: a 2-3 letter language, then subtags of 2-8 letters or digits.</summary>
    public static bool IsLanguageTag(string tag) => LanguageTag.IsMatch(tag);
}
