using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Briefings.Render;
using Briefings.Runtime;

namespace Briefings.Watch;

/// <summary>
/// The compiled story model, loaded once in its own load context, into which new fact data is swapped on every
/// edit through the catalog's generated <c>ReplaceFactData</c>. The compiled types decode the data, so the
/// watch loop never needs the compiler as long as the schema (hence the types) is unchanged.
/// </summary>
internal sealed class LoadedModel
{
    private readonly MethodInfo replaceFactData;

    private LoadedModel(Type catalogType, string schemaFingerprint, string? slug, MethodInfo replaceFactData)
    {
        CatalogType = catalogType;
        SchemaFingerprint = schemaFingerprint;
        Slug = slug;
        this.replaceFactData = replaceFactData;
    }

    public Type CatalogType { get; }

    /// <summary>The schema the compiled types come from; new data is only swapped in for the same schema.</summary>
    public string SchemaFingerprint { get; }

    /// <summary>The story's slug, from the <c>StoryInfo.Slug</c> convention, if the model has one.</summary>
    public string? Slug { get; }

    /// <summary>The namespace the generator would use when the schema names none.</summary>
    public string? RootNamespace => CatalogType.Namespace;

    /// <summary>Loads the model assembly, or says in one sentence why it cannot.</summary>
    public static LoadedModel Load(string modelPath)
    {
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"The model assembly {modelPath} does not exist: run `dotnet build` first.", modelPath);
        }

        var assembly = new ModelLoadContext(modelPath).LoadFromAssemblyPath(modelPath);
        var catalog = assembly.GetCustomAttribute<FactCatalogAttribute>()?.Catalog
            ?? throw new InvalidOperationException($"{Path.GetFileName(modelPath)} has no [assembly: FactCatalog(...)]; is the fact generator referenced?");
        var fingerprint = catalog.GetField("SchemaFingerprint", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var replace = catalog.GetMethod("ReplaceFactData", BindingFlags.Public | BindingFlags.Static, [typeof(IReadOnlyDictionary<string, byte[]>)]);
        if (fingerprint is null || replace is null)
        {
            throw new InvalidOperationException($"{Path.GetFileName(modelPath)} was built by an older fact generator: rebuild it with `dotnet build`.");
        }

        return new LoadedModel(catalog, fingerprint, Rendering.Model.FactCatalog.StorySlug(catalog), replace);
    }

    /// <summary>From now on the catalog decodes its facts from this data (by kind name).</summary>
    public void Use(IReadOnlyDictionary<string, byte[]> dataByKind) => replaceFactData.Invoke(null, [dataByKind]);
}
