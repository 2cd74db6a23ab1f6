using System.Collections.Generic;

namespace Briefings.Benchmarks.Scale.Hugo;

/// <summary>
/// The Hugo site's configuration and layouts (see <see cref="HugoSite"/>). Only the pages our briefing has a
/// counterpart for: no RSS, sitemap, taxonomy, section or 404 pages. Text is escaped by Hugo's html/template.
/// </summary>
internal static class HugoLayouts
{
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("config.toml", """
            baseURL = "https://example.org/"
            languageCode = "en"
            title = "Synthetic story"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "section", "404"]

            """),
        // The Chinese index: a page of its own at /zh-hant/, the same layout in the other language.
        ("content/zh-hant.md", """
            ---
            title: "合成報道"
            layout: "briefing"
            briefing_lang: "zh-Hant"
            url: "/zh-hant/"
            ---

            """),
        ("layouts/index.html", """
            {{ partial "briefing.html" "en" }}

            """),
        ("layouts/_default/briefing.html", """
            {{ partial "briefing.html" .Params.briefing_lang }}

            """),
        ("layouts/partials/briefing.html", """
            {{ $lang := . }}{{ $en := eq $lang "en" }}<!DOCTYPE html>
            <html lang="{{ $lang }}">
            <head><meta charset="utf-8"><title>{{ if $en }}Synthetic story{{ else }}合成報道{{ end }}</title></head>
            <body>
            <h1>{{ if $en }}Synthetic story{{ else }}合成報道{{ end }}</h1>
            <h2>{{ if $en }}Timeline{{ else }}時間線{{ end }}</h2>
            {{ range (where site.RegularPages "Section" "events").GroupByDate "2006-01-02" }}
            <section><h3>{{ .Key }}</h3>
            <ul>
            {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ if $en }}{{ .Title }}{{ else }}{{ .Params.title_zh }}{{ end }}</a>: {{ if $en }}{{ .Params.summary_en }}{{ else }}{{ .Params.summary_zh }}{{ end }}</li>
            {{ end }}</ul>
            </section>
            {{ end }}
            {{ range slice "organisations" "people" "sources" }}
            <h2>{{ . }}</h2>
            <ul>
            {{ range where site.RegularPages "Section" . }}<li><a href="{{ .RelPermalink }}">{{ if $en }}{{ .Title }}{{ else }}{{ .Params.title_zh }}{{ end }}</a></li>
            {{ end }}</ul>
            {{ end }}
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body>
            <h1>{{ .Title }}</h1>
            <p lang="zh-Hant">{{ .Params.title_zh }}</p>
            {{ if not .Date.IsZero }}<p><time>{{ .Date.Format "2006-01-02" }}</time></p>{{ end }}
            {{ .Content }}
            {{ with .Params.summary_zh }}<p lang="zh-Hant">{{ . }}</p>{{ end }}
            {{ with .Params.source_url }}<p><a href="{{ . }}">{{ . }}</a></p>{{ end }}
            {{ with .Params.importance }}<p>{{ . }}</p>{{ end }}
            {{ with .Params.change }}<p>{{ . }}</p>{{ end }}
            {{ with .Params.tags }}<p>{{ delimit . ", " }}</p>{{ end }}
            {{ with .Params.organisation }}{{ with site.GetPage (printf "/organisations/%s" .) }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}
            {{ with .Params.actors }}<ul>{{ range . }}{{ with site.GetPage (printf "/organisations/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
            {{ with .Params.people }}<ul>{{ range . }}{{ with site.GetPage (printf "/people/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
            {{ with .Params.sources }}<ol>{{ range . }}{{ $p := .paragraph }}{{ with site.GetPage (printf "/sources/%s" .source) }}<li><a href="{{ .Params.source_url }}">{{ .Title }}</a>, ¶{{ $p }}</li>{{ end }}{{ end }}</ol>{{ end }}
            </body>
            </html>

            """),
    ];
}
