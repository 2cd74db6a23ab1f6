using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Briefings.Cli.Watch;

/// <summary>Reads fact files as the build hands them to the generator: every *.yaml and *.yml below the folder (as in Briefings.Generators.props), as text.</summary>
internal static class FactFolder
{
    public static bool IsFactFile(string path) => Briefings.Facts.Pipeline.FactPipeline.IsYaml(path);

    public static IEnumerable<string> Files(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsFactFile)
            .Order(StringComparer.Ordinal);

    /// <summary>The file's text, or null if it is gone (deleted or renamed away between the event and the read).</summary>
    public static string? Read(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Decoded as the compiler decodes additional files: BOM detection, UTF-8 by default.
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (IOException) when (attempt < 3)
            {
                // An editor may still hold the file while saving; try again a moment later.
                System.Threading.Thread.Sleep(20);
            }
        }
    }
}
