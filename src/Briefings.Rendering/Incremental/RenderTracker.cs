using System;
using System.Collections.Generic;

namespace Briefings.Rendering.Incremental;

/// <summary>
/// Which facts one output read while it rendered. Each output renders on one thread from start to end, so the
/// tracker is per thread: fact objects report every read of their members (through Scriban or C#), whatever path
/// the template took to reach them. The set is what an edit must touch for the output to need rendering again.
/// </summary>
public sealed class RenderTracker
{
    [ThreadStatic]
    private static RenderTracker? current;

    private readonly HashSet<string> facts = new(StringComparer.Ordinal);

    /// <summary>The keys (<c>kind/id</c>) of every fact whose members this output read.</summary>
    public IReadOnlySet<string> Facts => facts;

    /// <summary>Set when a function read the model in a way that is not tracked fact by fact: the output depends on everything.</summary>
    public bool All { get; private set; }

    /// <summary>Starts tracking on this thread; dispose the result to stop.</summary>
    public static Scope Begin(RenderTracker tracker)
    {
        var previous = current;
        current = tracker;
        return new Scope(previous);
    }

    /// <summary>Records a read of one fact's members.</summary>
    public static void Touch(string factKey) => current?.facts.Add(factKey);

    /// <summary>Records a read that may have looked at any fact.</summary>
    public static void TouchAll()
    {
        if (current is not null)
        {
            current.All = true;
        }
    }

    public readonly struct Scope(RenderTracker? previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }
}
