using System;
using System.Collections.Generic;
using Briefings.Facts.Schema;

namespace Briefings.Cli.JsonSchemas;

/// <summary>
/// Titles already read, by fact and data block, for a warm process (the watch loop): a run reads again only the facts
/// whose data changed since the previous run (at 10,000 facts, reading every title takes a few hundred milliseconds).
/// </summary>
internal sealed class TitleCache
{
    private Dictionary<string, (string Block, FactTitles.Title? Title)> previous = new(StringComparer.Ordinal);
    private Dictionary<string, (string Block, FactTitles.Title? Title)> current = new(StringComparer.Ordinal);
    private SchemaModel? schema;

    /// <summary>The title in <paramref name="block"/>, read again only if the block or the schema changed.</summary>
    public FactTitles.Title? Read(SchemaModel schemaModel, TypeModel kind, string key, string block)
    {
        if (!Equals(schema, schemaModel))
        {
            previous.Clear(); // another schema may name another field as the title
            schema = schemaModel;
        }

        var title = previous.TryGetValue(key, out var known) && string.Equals(known.Block, block, StringComparison.Ordinal)
            ? known.Title
            : FactTitles.Read(schemaModel, kind, block);
        current[key] = (block, title);
        return title;
    }

    /// <summary>Ends a run: what it read is what the next run compares with (facts gone since are forgotten).</summary>
    public void EndRun()
    {
        previous = current;
        current = new Dictionary<string, (string Block, FactTitles.Title? Title)>(StringComparer.Ordinal);
    }
}
