using System;
using System.IO;
using System.Reflection;
using Briefings.Runtime;

namespace Briefings.Rendering.Loading;

/// <summary>
/// The one way a program of this project loads a compiled fact model: the assembly in its own load context, then the
/// model its <see cref="FactModelAttribute"/> names. The render app and the watch loop both use it.
/// </summary>
public static class ModelLoader
{
    /// <summary>The model of the assembly at <paramref name="modelPath"/>; throws <see cref="ModelLoadException"/> saying why not.</summary>
    public static IFactModel Load(string modelPath)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        if (!File.Exists(modelPath))
        {
            throw new ModelLoadException($"{modelPath} does not exist: run `dotnet build` first");
        }

        try
        {
            // From its bytes, not its path: the runtime keeps an image per path, so a long-lived process (the render server)
            // loading the rebuilt model from the same path again would get the previous build's facts.
            using var image = new MemoryStream(File.ReadAllBytes(modelPath));
            var assembly = new ModelLoadContext(modelPath).LoadFromStream(image);
            var attribute = assembly.GetCustomAttribute<FactModelAttribute>()
                ?? throw new ModelLoadException("it has no [assembly: FactModel(typeof(...))] attribute; is the fact generator referenced, and the assembly built by this version of it?");
            return attribute.CreateModel();
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or FileLoadException or ArgumentException or InvalidOperationException or MissingMethodException or TargetInvocationException or TypeLoadException)
        {
            throw new ModelLoadException((ex.InnerException ?? ex).Message, ex);
        }
    }
}

/// <summary>A model assembly that cannot be used; the message says why in one sentence, without the path's folder.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException()
    {
    }

    public ModelLoadException(string message)
        : base(message)
    {
    }

    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
