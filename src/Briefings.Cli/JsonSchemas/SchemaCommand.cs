using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Briefings.Cli.CommandLine;
using Briefings.Cli.Output;
using Briefings.Cli.Projects;

namespace Briefings.Cli.JsonSchemas;

/// <summary>
/// <c>briefings schema [&lt;facts folder&gt;] [--out &lt;folder&gt;] [--check]</c>: writes one JSON Schema per kind
/// of fact (and fact.schema.json for all kinds) into the folder's <c>.schema</c> (or <c>--out</c>); <c>--check</c> writes
/// nothing and exits 1 if the files are not up to date. Without a folder, the story project's (the current folder's, or
/// <c>--project</c>) BriefingsFactsRoot and BriefingsJsonSchemaDir. Schema errors are printed located, as the build prints
/// them; exit code 1; a usage error, exit code 2. The schema is read by the fact pipeline (Briefings.Facts), which needs no compiler.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var facts = new Argument<string?>("facts folder")
        {
            Description = "The folder of the fact files and their schema.yaml (default: the project's BriefingsFactsRoot).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        facts.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"The facts folder '{folder}' does not exist.");
            }
        });
        var output = CommandLines.Text("--out", "folder", "Where the JSON Schemas go (default: the project's BriefingsJsonSchemaDir, else <facts folder>/.schema).");
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 if the files are not up to date." };
        var command = new Command("schema", "Writes one JSON Schema per kind of fact, for editors.") { facts, output, check };
        command.SetAction(result =>
        {
            var terminal = Terminal.Console();
            try
            {
                var project = result.GetValue(facts) is null ? ProjectReader.Read(result.GetValue(ProjectOption.Instance), terminal) : null;
                return Run(result.GetValue(facts) ?? project!.FactsRoot, result.GetValue(output) ?? project?.JsonSchemaDirectory, result.GetValue(check), terminal);
            }
            catch (ProjectException ex)
            {
                terminal.WriteLine("error: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    private static int Run(string facts, string? output, bool check, Terminal terminal)
    {
        output ??= Path.Combine(facts, ".schema");
        var reading = JsonSchemaExport.Read(facts);
        if (reading.Model is null)
        {
            foreach (var error in reading.Errors)
            {
                terminal.WriteLine(error);
            }

            return 1;
        }

        var files = JsonSchemaExport.Export(reading.Model, reading.Ids);
        if (check)
        {
            var differ = JsonSchemaExport.Check(files, output);
            foreach (var path in differ)
            {
                terminal.WriteLine($"{path}: error BRS001: the JSON Schema is not up to date; run: briefings schema {facts}");
            }

            return differ.Count == 0 ? 0 : 1;
        }

        var changed = JsonSchemaExport.WriteAll(files, output);
        terminal.WriteLine(changed.Count == 0
            ? $"JSON Schemas up to date: {files.Count} files in {Path.GetFullPath(output)}"
            : $"JSON Schemas written: {string.Join(", ", changed.Select(Path.GetFileName))} in {Path.GetFullPath(output)}",
            success: true);
        return 0;
    }
}
