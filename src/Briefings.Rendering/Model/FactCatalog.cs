using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>One kind's facts as the catalog lists them: <c>Facts.MarketMoves</c> → collection <c>market_moves</c>.</summary>
public sealed record FactKindList(string CollectionName, string TypeName, IReadOnlyList<IFact> Facts);

/// <summary>
/// The generated catalog of any model assembly, read by reflection: its languages, all facts in catalog
/// order, and one collection per nested kind class. Knows nothing about any particular story.
/// </summary>
public sealed class FactCatalog
{
    private FactCatalog(Type catalogType, IReadOnlyList<string> languages, IReadOnlyList<IFact> all, IReadOnlyList<FactKindList> collections)
    {
        CatalogType = catalogType;
        Languages = languages;
        All = all;
        Collections = collections;
    }

    public Type CatalogType { get; }

    /// <summary>The model's languages; the first is the fallback.</summary>
    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<IFact> All { get; }

    /// <summary>One per kind, ordered by collection name (ordinal).</summary>
    public IReadOnlyList<FactKindList> Collections { get; }

    /// <summary>The catalog named by <c>[assembly: FactCatalog]</c>, or an exception saying why not.</summary>
    public static FactCatalog FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var attribute = assembly.GetCustomAttribute<FactCatalogAttribute>()
            ?? throw new InvalidOperationException("it has no [assembly: FactCatalog(typeof(...))] attribute; is the fact generator referenced?");
        return FromType(attribute.Catalog);
    }

    /// <summary>
    /// The story's slug by the convention of a model project: a public <c>StoryInfo</c> class beside the catalog with a
    /// <c>const string Slug</c>; null if there is none, or it cannot name files.
    /// </summary>
    public static string? StorySlug(Type catalogType)
    {
        ArgumentNullException.ThrowIfNull(catalogType);
        var name = StoryInfoName(catalogType);
        var field = catalogType.Assembly.GetType(name)?.GetField("Slug", BindingFlags.Public | BindingFlags.Static);
        return field?.GetValue(null) is string { Length: > 0 } slug && slug.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? slug : null;
    }

    /// <summary>The full name of the class <see cref="StorySlug"/> looks in: <c>Briefings.Story.StoryInfo</c>.</summary>
    public static string StoryInfoName(Type catalogType)
    {
        ArgumentNullException.ThrowIfNull(catalogType);
        return (catalogType.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + "StoryInfo";
    }

    public static FactCatalog FromType(Type catalogType)
    {
        ArgumentNullException.ThrowIfNull(catalogType);
        var languages = ReadStatic<IEnumerable<string>>(catalogType, "Languages").ToArray();
        if (languages.Length == 0)
        {
            throw new InvalidOperationException($"{catalogType.FullName}.Languages is empty");
        }

        var all = ReadStatic<IEnumerable<IFact>>(catalogType, "All").ToArray();
        var collections = new List<FactKindList>();
        foreach (var nested in catalogType.GetNestedTypes(BindingFlags.Public).Where(t => t.IsAbstract && t.IsSealed))
        {
            var allProperty = nested.GetProperty("All", BindingFlags.Public | BindingFlags.Static);
            if (allProperty?.GetValue(null) is not System.Collections.IEnumerable items)
            {
                continue;
            }

            collections.Add(new FactKindList(
                StandardMemberRenamer.Rename(nested.Name),
                nested.Name,
                items.Cast<object>().OfType<IFact>().ToArray()));
        }

        collections.Sort((a, b) => string.CompareOrdinal(a.CollectionName, b.CollectionName));
        return new FactCatalog(catalogType, languages, all, collections);
    }

    private static T ReadStatic<T>(Type type, string name)
        where T : class
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type.FullName} has no public static {name}");
        return property.GetValue(null) as T
            ?? throw new InvalidOperationException($"{type.FullName}.{name} is not a {typeof(T).Name}");
    }
}
