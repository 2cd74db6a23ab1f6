using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Facts.Pipeline;

namespace Briefings.Cli.JsonSchemas;

/// <summary>What one refresh of the JSON Schemas did: the files it wrote or deleted, or why it wrote none.</summary>
internal sealed record JsonSchemaRefreshResult(IReadOnlyList<string> Changed, string? Failure)
{
    /// <summary>One line for the console, or null when nothing changed.</summary>
    public string? Describe(string folder) => Failure is { } failure
        ? $"{Path.GetFullPath(folder)}: warning: the JSON Schemas were not refreshed ({failure}); editors keep the previous ones."
        : Changed.Count == 0 ? null : $"JSON Schemas written: {string.Join(", ", Changed.Select(Path.GetFileName))} in {Path.GetFullPath(folder)}";
}

/// <summary>
/// Refreshes the JSON Schemas of a facts folder where the render verb and the watch loop already read it: writes only the
/// files whose bytes changed (an editor reloads nothing when the ids stayed the same), and never fails the caller's
/// work: a broken schema or a full disk leaves the previous files and says why.
/// </summary>
internal static class JsonSchemaRefresh
{
    /// <summary>Writes the schemas of <paramref name="reading"/> into <paramref name="folder"/>.</summary>
    public static JsonSchemaRefreshResult Write(FactsReading reading, string folder)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Model is null)
        {
            return new JsonSchemaRefreshResult([], "the schema has errors");
        }

        try
        {
            return new JsonSchemaRefreshResult(JsonSchemaExport.WriteAll(JsonSchemaExport.Export(reading.Model, reading.Ids), folder), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new JsonSchemaRefreshResult([], ex.Message);
        }
    }
}

/// <summary>
/// The watch loop's JSON Schemas: after each pipeline run, written again only when the schema, an id or a title changed
/// since the last write, so an edit to a fact's other fields costs no export at all.
/// </summary>
internal sealed class LiveJsonSchemas(string folder)
{
    private readonly TitleCache titles = new();
    private FactsReading? written;

    /// <summary>Refreshes the files from <paramref name="result"/>; a line to print, or null when nothing changed.</summary>
    public string? Update(FactBaseResult result)
    {
        var reading = JsonSchemaExport.Reading(result, titles);
        if (reading.Model is null || (written is { } last && Equals(last.Model, reading.Model) && last.Ids.Equals(reading.Ids)))
        {
            return null; // a broken schema is reported by the loop itself; the previous files stay
        }

        var refresh = JsonSchemaRefresh.Write(reading, folder);
        written = refresh.Failure is null ? reading : null; // after a failed write, try again on the next edit
        return refresh.Describe(folder);
    }
}
