using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Briefings.Schema;

/// <summary>
/// <c>Briefings.Schema &lt;facts folder&gt; [--out &lt;folder&gt;] [--check] [--roslyn &lt;dir;dir&gt;]</c>: writes one JSON Schema per kind
/// of fact (and fact.schema.json for all kinds) into the folder's <c>.schema</c> (or <c>--out</c>); <c>--check</c> writes
/// nothing and exits 1 if the files are not up to date. Schema errors are printed located, as the build prints them;
/// exit code 1. <c>--roslyn</c>: folders to load Microsoft.CodeAnalysis from when it is not beside the tool (the
/// Briefings package runs the tool with the SDK's own compiler folder, so the package need not carry Roslyn).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var roslyn = Array.IndexOf(args, "--roslyn");
        if (roslyn >= 0 && roslyn + 1 < args.Length)
        {
            var folders = args[roslyn + 1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            AssemblyLoadContext.Default.Resolving += (context, name) => folders
                .Select(folder => Path.Combine(folder, name.Name + ".dll"))
                .Where(File.Exists)
                .Select(context.LoadFromAssemblyPath)
                .FirstOrDefault();
            args = args.Take(roslyn).Concat(args.Skip(roslyn + 2)).ToArray();
        }

        return Run(args);
    }

    // Kept apart from Main: its types (the generator's, Roslyn's) load only after the resolver above is in place.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Run(string[] args)
    {
        string? facts = null;
        string? output = null;
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check":
                    check = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var path when facts is null && !path.StartsWith("--", StringComparison.Ordinal):
                    facts = path;
                    break;
                default:
                    facts = null;
                    i = args.Length;
                    break;
            }
        }

        if (facts is null || !Directory.Exists(facts))
        {
            Console.Error.WriteLine("usage: Briefings.Schema <facts folder> [--out <folder>] [--check]");
            return 2;
        }

        output ??= Path.Combine(facts, ".schema");
        var (model, errors) = JsonSchemaExport.ReadSchema(facts);
        if (model is null)
        {
            foreach (var error in errors)
            {
                Console.WriteLine(error);
            }

            return 1;
        }

        var files = JsonSchemaExport.Export(model);
        if (check)
        {
            var differ = JsonSchemaExport.Check(files, output);
            foreach (var path in differ)
            {
                Console.WriteLine($"{path}: error BRS001: the JSON Schema is not up to date; run: dotnet run --project src/Briefings.Schema -- {facts}");
            }

            return differ.Count == 0 ? 0 : 1;
        }

        var changed = JsonSchemaExport.WriteAll(files, output);
        Console.WriteLine(changed.Count == 0
            ? $"JSON Schemas up to date: {files.Count} files in {Path.GetFullPath(output)}"
            : $"JSON Schemas written: {string.Join(", ", changed.Select(Path.GetFileName))} in {Path.GetFullPath(output)}");
        return 0;
    }
}
