using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Binding;

namespace Briefings.Facts.Validation;

/// <summary>
/// Every file's <see cref="CheckedFact"/>s, in file-key order, each with its file, looked up by <c>kind/id</c> (the first
/// of a duplicated id, which is an error of its own), and the pairs of facts a <c>role: disputes</c> field records as
/// disputed. What the declared checks (<see cref="Contradictions"/>, <see cref="DateOrders"/>,
/// <see cref="RequiredCitations"/>) share.
/// </summary>
internal sealed class CheckedFacts
{
    private readonly Dictionary<string, (CheckedFact Fact, string FileKey)> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> disputed = new();
    private readonly HashSet<string> declared = new(StringComparer.Ordinal);

    public CheckedFacts(IEnumerable<FileIndex> ordered)
    {
        foreach (var file in ordered)
        {
            declared.UnionWith(file.Declarations.Select(d => d.Kind + "/" + d.Id));
            foreach (var fact in file.Checked)
            {
                All.Add((fact, file.FileKey));
                if (!byKey.ContainsKey(fact.Key))
                {
                    byKey.Add(fact.Key, (fact, file.FileKey));
                }

                // Every pair a fact's disputes fields name together: one note may list two or more disputed facts.
                foreach (var a in fact.Disputes)
                {
                    foreach (var b in fact.Disputes.Where(b => !string.Equals(a, b, StringComparison.Ordinal)))
                    {
                        disputed.Add((a, b));
                    }
                }
            }
        }
    }

    public List<(CheckedFact Fact, string FileKey)> All { get; } = new();

    public (CheckedFact Fact, string FileKey)? Find(string key) => byKey.TryGetValue(key, out var found) ? found : null;

    /// <summary>Whether any file declares the fact <c>kind/id</c> (else a reference to it is BRF017's, and no check's).</summary>
    public bool Exists(string key) => declared.Contains(key);

    /// <summary>True when a fact with a <c>role: disputes</c> field lists both: their disagreement is on record.</summary>
    public bool IsDisputed(CheckedFact a, CheckedFact b) => disputed.Contains((a.Key, b.Key));
}
