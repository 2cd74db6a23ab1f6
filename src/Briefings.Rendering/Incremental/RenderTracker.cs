using System;
using System.Collections.Generic;

namespace Briefings.Rendering.Incremental;

/// <summary>
/// Which facts one output read while it rendered. Each output renders on one thread from start to end, so the
/// tracker is per thread: fact objects report every read of a member (Scriban's member and index access, the C#
/// indexer), and what reads whole objects through their dictionary (writing a fact as text, <c>json_script</c>,
/// <c>object.values</c>, <c>object.to_json</c>) reports the facts it reaches. The set is what an edit must touch for
/// the output to need rendering again.
/// </summary>
public sealed class RenderTracker
{
    [ThreadStatic]
    private static RenderTracker? current;

    private readonly HashSet<string> facts = new(StringComparer.Ordinal);

    /// <summary>The keys (<c>kind/id</c>) of every fact whose members this output read.</summary>
    public IReadOnlySet<string> Facts => facts;

    /// <summary>Starts tracking on this thread; dispose the result to stop.</summary>
    public static Scope Begin(RenderTracker tracker)
    {
        var previous = current;
        current = tracker;
        return new Scope(previous);
    }

    /// <summary>Records a read of one fact's members.</summary>
    public static void Touch(string factKey) => current?.facts.Add(factKey);

    public readonly struct Scope(RenderTracker? previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }
}
