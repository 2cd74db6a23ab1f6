using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Briefings.Cli.Watch;

/// <summary>Reads fact files as the build hands them to the generator: every *.yaml and *.yml below the folder (as in Briefings.Generators.props), as text.</summary>
internal static class FactFolder
{
    public static bool IsFactFile(string path) => Briefings.Facts.Pipeline.FactPipeline.IsYaml(path);

    /// <summary>The fact files to read: regular files only, as the build gives the compiler (see <see cref="NotRegular"/>).</summary>
    public static IEnumerable<string> Files(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsFactFile)
            .Where(RegularFiles.Is)
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Names of fact files that are not regular files (a named pipe, socket, device, or a link to nothing): never read,
    /// since opening a pipe waits for ever; the build refuses them with BRF005 (Briefings.Generators.props), and so
    /// does <c>briefings check</c>.
    /// </summary>
    public static IEnumerable<string> NotRegular(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsFactFile)
            .Where(path => !RegularFiles.Is(path))
            .Order(StringComparer.Ordinal);

    /// <summary>BRF005 for a fact file that is not a regular file, at the file, as the build reports it.</summary>
    public static Briefings.Facts.Diagnostics.DiagnosticInfo NotRegularError(string path)
        => Briefings.Facts.Diagnostics.DiagnosticInfo.Create(
            Briefings.Facts.Diagnostics.DiagnosticDescriptors.UnreadableFile,
            Briefings.Facts.Diagnostics.LocationInfo.FileStart(path),
            "it is not a regular file (a named pipe, socket or device, or a link to nothing), and reading a pipe would wait for ever");

    /// <summary>The file's text, or null if it is gone (deleted or renamed away between the event and the read) or is not a regular file.</summary>
    public static string? Read(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Decoded as the compiler decodes additional files: BOM detection, UTF-8 by default.
                return File.Exists(path) && RegularFiles.Is(path) ? File.ReadAllText(path) : null;
            }
            catch (IOException) when (attempt < 3)
            {
                // An editor may still hold the file while saving; try again a moment later.
                System.Threading.Thread.Sleep(20);
            }
        }
    }
}
