using System;
using System.Reflection;
using System.Runtime.Loader;

namespace Briefings.Rendering.Loading;

/// <summary>
/// Loads a model assembly and its dependencies from its own folder, but shares the assemblies the renderer itself
/// is built on (Briefings.Runtime, Scriban), so the model's <c>LocalizedText</c> is the renderer's <c>LocalizedText</c>.
/// </summary>
internal sealed class ModelLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver resolver;

    public ModelLoadContext(string modelPath)
        : base("briefings-model", isCollectible: false) => resolver = new AssemblyDependencyResolver(modelPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        foreach (var shared in Default.Assemblies)
        {
            if (string.Equals(shared.GetName().Name, assemblyName.Name, StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (assemblyName.Name is "Briefings.Runtime")
        {
            return null;
        }

        var path = resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
