using System;
using Briefings.Rendering;

namespace Briefings.Cli.Watch;

/// <summary>What to watch and where to write.</summary>
internal sealed record WatchOptions
{
    public required string ModelPath { get; init; }

    public required string FactsDirectory { get; init; }

    public required string TemplatesDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>Messages name files relative to it (<c>seeds/a.yaml(4,9)</c>), as the build does.</summary>
    public required string DisplayRoot { get; init; }

    public string? Slug { get; init; }

    /// <summary>Where the JSON Schemas for editors are refreshed when an id or a title changes; null writes none.</summary>
    public string? JsonSchemaDirectory { get; init; }

    /// <summary>The loopback port to serve on; null serves nothing; 0 picks a free port.</summary>
    public int? Port { get; init; }

    /// <summary>Facts per page of page templates.</summary>
    public int PageSize { get; init; } = RenderRequest.DefaultPageSize;

    /// <summary>After each partial render, render everything too and report any difference (for tests and doubts).</summary>
    public bool VerifyIncremental { get; init; }

    /// <summary>Print where each cycle's time went (reading the facts, swapping, rendering, writing).</summary>
    public bool Timings { get; init; }

    /// <summary>Quiet time after a file event before the edit is taken (editors write in several steps).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);
}
