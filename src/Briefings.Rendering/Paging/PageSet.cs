using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Model;
using Scriban.Runtime;

namespace Briefings.Rendering.Paging;

/// <summary>
/// The pages as one language and one output format's templates see them: <c>pages.&lt;collection&gt;</c> (an array of
/// page objects, empty when the format has no page template or the collection fits on one page) and, for a page template,
/// <c>page</c> (one of those same objects). A page object holds <c>collection</c>, <c>number</c>, <c>count</c>,
/// <c>file</c>, <c>files</c> (language → file name), <c>first_index</c> (zero-based), <c>facts</c>, <c>first</c>,
/// <c>last</c>, <c>prev</c>, <c>next</c> (file names or null) and <c>citations</c> (those its facts cite, by number).
/// Its facts are the model's own fact objects, so <c>page_of</c> finds a fact's page by reference.
/// </summary>
public sealed class PageSet
{
    private readonly Dictionary<ScriptObject, ScriptObject> pageOfFact = new(ReferenceEqualityComparer.Instance);

    private PageSet(ScriptObject pages, IReadOnlyList<(string File, ScriptObject Page)> all)
    {
        Pages = pages;
        All = all;
    }

    /// <summary>The <c>pages</c> global: one (possibly empty) array per collection.</summary>
    public ScriptObject Pages { get; }

    /// <summary>Every page's file name and object, collection by collection (ordinal), then by number: the order page templates render in.</summary>
    public IReadOnlyList<(string File, ScriptObject Page)> All { get; }

    /// <summary>
    /// Builds the page objects of <paramref name="plan"/> for one language. <paramref name="pageExtension"/> is the
    /// extension of the page template of the current format, or null when the format has none: then every array is
    /// empty, so a template can test <c>array.size pages.x</c> and render the collection inline.
    /// </summary>
    public static PageSet Build(PagePlan plan, ModelBuilder model, string slug, string language, IReadOnlyList<string> languages, string? pageExtension)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(languages);
        var pages = new ScriptObject();
        var all = new List<(string, ScriptObject)>();
        var set = new PageSet(pages, all);
        foreach (var collection in plan.Collections)
        {
            var array = new FrozenArray();
            if (pageExtension is not null)
            {
                foreach (var slice in plan.ByCollection[collection])
                {
                    var file = PagePlan.FileName(slug, language, slice.Collection, slice.Number, pageExtension);
                    var page = set.CreatePage(slice, model, slug, language, languages, pageExtension);
                    array.Add(page);
                    all.Add((file, page));
                }
            }

            pages.SetValue(collection, array, readOnly: true);
        }

        pages.IsReadOnly = true;
        return set;
    }

    /// <summary>The page object holding a fact object of this model, or null (not a fact, or no page template for this format).</summary>
    public ScriptObject? PageOf(object? fact) => fact is ScriptObject obj && pageOfFact.TryGetValue(obj, out var page) ? page : null;

    private ScriptObject CreatePage(PageSlice slice, ModelBuilder model, string slug, string language, IReadOnlyList<string> languages, string extension)
    {
        string File(string lang, int number) => PagePlan.FileName(slug, lang, slice.Collection, number, extension);

        var page = new ScriptObject();
        var facts = new FrozenArray();
        var citations = new SortedDictionary<int, ScriptObject>();
        foreach (var fact in slice.Facts)
        {
            var obj = model.ToScript(fact);
            facts.Add(obj);
            pageOfFact[obj] = page;
            foreach (var citation in model.CitationsOf(fact))
            {
                citations.TryAdd(citation["number"] is int number ? number : 0, citation);
            }
        }

        var files = new ScriptObject();
        foreach (var lang in languages)
        {
            files.SetValue(lang, File(lang, slice.Number), readOnly: true);
        }

        page.SetValue("collection", slice.Collection, readOnly: true);
        page.SetValue("number", slice.Number, readOnly: true);
        page.SetValue("count", slice.Count, readOnly: true);
        page.SetValue("file", File(language, slice.Number), readOnly: true);
        page.SetValue("files", files, readOnly: true);
        page.SetValue("first_index", slice.FirstIndex, readOnly: true);
        page.SetValue("facts", facts, readOnly: true);
        page.SetValue("first", facts[0], readOnly: true);
        page.SetValue("last", facts[^1], readOnly: true);
        page.SetValue("prev", slice.Number > 1 ? File(language, slice.Number - 1) : null, readOnly: true);
        page.SetValue("next", slice.Number < slice.Count ? File(language, slice.Number + 1) : null, readOnly: true);
        page.SetValue("citations", new FrozenArray(citations.Values), readOnly: true);
        files.IsReadOnly = true;
        page.IsReadOnly = true;
        return page;
    }
}
