using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Briefings.Rendering.Loading;
using Briefings.Runtime;

namespace Briefings.Cli.Watch;

/// <summary>
/// The compiled story model, loaded once (<see cref="ModelLoader"/>), into which new fact data is swapped on every edit
/// through the model's <see cref="IFactDataSwap"/>. The compiled types decode the data, so the watch loop never needs
/// the compiler as long as the schema (hence the types) is unchanged.
/// </summary>
internal sealed class LoadedModel
{
    private readonly IFactDataSwap swap;

    private LoadedModel(IFactModel model, IFactDataSwap swap, string assemblyName)
    {
        Model = model;
        this.swap = swap;
        Slug = model.Slug ?? SlugOf(assemblyName);
    }

    public IFactModel Model { get; }

    /// <summary>The schema the compiled types come from; new data is only swapped in for the same schema.</summary>
    public string SchemaFingerprint => Model.SchemaFingerprint;

    /// <summary>
    /// The story's slug when no <c>--slug</c> is given, as the build picks it: the schema's <c>slug:</c>, else the project's
    /// name (the model assembly's, by default the same) lower-cased, every run of other characters a hyphen.
    /// </summary>
    public string Slug { get; }

    /// <summary>The namespace the generator would use when the schema names none: the model class's own.</summary>
    public string? RootNamespace => Model.GetType().Namespace;

    /// <summary>Loads the model assembly, or says in one sentence why it cannot.</summary>
    public static LoadedModel Load(string modelPath)
    {
        IFactModel model;
        try
        {
            model = ModelLoader.Load(modelPath);
        }
        catch (ModelLoadException ex)
        {
            throw new InvalidOperationException($"Cannot use the model assembly {modelPath}: {ex.Message}.", ex);
        }

        return model is IFactDataSwap swap
            ? new LoadedModel(model, swap, Path.GetFileNameWithoutExtension(modelPath))
            : throw new InvalidOperationException($"{modelPath} was built by an older fact generator: rebuild it with `dotnet build`.");
    }

    /// <summary>From now on the model decodes its facts from this data (by kind name).</summary>
    public void Use(IReadOnlyDictionary<string, byte[]> dataByKind) => swap.ReplaceFactData(dataByKind);

    /// <summary>The rule of the package's build file (Briefings.targets, _BriefingsProjectSlug); "story" if nothing is left.</summary>
    internal static string SlugOf(string name)
    {
        var slug = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        return slug.Length > 0 ? slug : "story";
    }
}
