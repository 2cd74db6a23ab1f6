using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>One published version and what changed since the one before it (everything, for the first).</summary>
public sealed record VersionEntry(PublishedVersion Version, VersionChanges Changes, ModelState? Previous)
{
    public bool IsFirst => Previous is null;
}

/// <summary>
/// A story's published versions with their changes, computed once per render (language-neutral) and shared by every
/// language's <see cref="UpdatesView"/>, the diff verb and the watch loop.
/// </summary>
public sealed class VersionTimeline
{
    private VersionTimeline(IReadOnlyList<VersionEntry> entries, IReadOnlyList<RecordDescriptor> kinds, IReadOnlyDictionary<string, RecordDescriptor> structs)
    {
        Entries = entries;
        Kinds = kinds;
        Structs = structs;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<VersionEntry> Entries { get; }

    public IReadOnlyList<RecordDescriptor> Kinds { get; }

    /// <summary>The schema's structs by name, found in the model's values (a model names its kinds, not its structs).</summary>
    public IReadOnlyDictionary<string, RecordDescriptor> Structs { get; }

    public static VersionTimeline Build(VersionHistory history, IFactModel model)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(model);
        var kinds = model.Kinds.Select(k => k.Descriptor).ToList();
        var entries = new List<VersionEntry>();
        ModelState? previous = null;
        foreach (var version in history.Versions)
        {
            entries.Add(new VersionEntry(version, FactDiff.Compare(previous, version.State, kinds), previous));
            previous = version.State;
        }

        return new VersionTimeline(entries, kinds, StructsOf(model));
    }

    /// <summary>A writer of recorded values for one language.</summary>
    public ValueText Writer(string language, string fallback, Model.LanguageFormat format, IReadOnlyDictionary<string, string> ui) =>
        new(language, fallback, format, ui, Kinds.ToDictionary(k => k.Name, StringComparer.Ordinal), Structs);

    private static Dictionary<string, RecordDescriptor> StructsOf(IFactModel model)
    {
        var result = new Dictionary<string, RecordDescriptor>(StringComparer.Ordinal);
        var pending = new Stack<object?>(model.All);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IFactRecord record and not IFact when !result.TryAdd(record.Descriptor.Name, record.Descriptor):
                    continue; // one value of a struct is enough
                case IFactRecord record:
                    foreach (var field in record.Descriptor.Fields.Where(f => f.Type == FieldType.Struct))
                    {
                        pending.Push(record.GetValue(field));
                    }

                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return result;
    }
}
