using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Briefings.CommandLine;

namespace Briefings.Schema;

/// <summary>
/// <c>Briefings.Schema &lt;facts folder&gt; [--out &lt;folder&gt;] [--check]</c>: writes one JSON Schema per kind
/// of fact (and fact.schema.json for all kinds) into the folder's <c>.schema</c> (or <c>--out</c>); <c>--check</c> writes
/// nothing and exits 1 if the files are not up to date. Schema errors are printed located, as the build prints them;
/// exit code 1; a usage error, exit code 2. The schema is read by the fact pipeline (Briefings.Facts), which needs no compiler.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var facts = new Argument<string>("facts folder") { Description = "The folder of the fact files and their schema.yaml." };
        facts.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"The facts folder '{folder}' does not exist.");
            }
        });
        var output = CommandLines.Text("--out", "folder", "Where the JSON Schemas go (default: <facts folder>/.schema).");
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 if the files are not up to date." };
        var command = new RootCommand("Writes one JSON Schema per kind of fact, for editors.") { facts, output, check };
        if (CommandLines.Parse(command, args, out var exitCode) is not { } result)
        {
            return exitCode;
        }

        return Run(result.GetRequiredValue(facts), result.GetValue(output), result.GetValue(check));
    }

    private static int Run(string facts, string? output, bool check)
    {
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
