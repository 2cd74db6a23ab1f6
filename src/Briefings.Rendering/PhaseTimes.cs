using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Briefings.Rendering;

/// <summary>
/// Where a piece of work's time went, phase by phase ("facts 9.1 ms, render 21.0 ms (outputs 15.2 ms, ...)"), for
/// <c>watch --timings</c>. Never written into an output: briefings hold no clock.
/// </summary>
public sealed class PhaseTimes
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Phase, double Milliseconds, PhaseTimes? Parts)> laps = [];

    /// <summary>Ends the phase running since the last lap (or the start) and names it; <paramref name="parts"/> says where its own time went.</summary>
    public void Lap(string phase, PhaseTimes? parts = null)
    {
        laps.Add((phase, clock.Elapsed.TotalMilliseconds, parts));
        clock.Restart();
    }

    public override string ToString()
        => string.Join(", ", laps.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Phase} {l.Milliseconds:F1} ms") + (l.Parts is { laps.Count: > 0 } parts ? $" ({parts})" : string.Empty)));
}
