using System;
using System.Collections.Generic;

namespace Briefings.Cli.Watch;

/// <summary>One pass of the loop: what changed, what was read, rendered and rewritten, and how long it took.</summary>
internal sealed record WatchCycle(string Cause, int FactFilesRead, int FilesRendered, int FilesWritten, IReadOnlyList<string> Errors)
{
    /// <summary>Outputs taken from the last render because they read no changed fact.</summary>
    public int Reused { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Where the time went, phase by phase, when <see cref="WatchOptions.Timings"/> asks for it.</summary>
    public string? Timings { get; init; }

    public long Version { get; init; }
}
