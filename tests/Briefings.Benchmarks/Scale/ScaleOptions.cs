using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Briefings.Benchmarks.Scale;

/// <summary>The options of the <c>scale</c> verb (see <see cref="ScaleCommand"/>).</summary>
internal sealed class ScaleOptions
{
    public const string Usage = "usage: scale [--sizes 100,1000,10000] [--runs 3] [--cold-runs 1] [--watch-edits 9] [--hugo] [--settings workplace,stock] [--no-root] [--results DIR] [--work DIR] [--keep] [--package-from head|worktree|COMMIT]";

    public List<int> Sizes { get; private set; } = [100, 1000, 10000];

    public int Runs { get; private set; } = 3;

    public int ColdRuns { get; private set; } = 1;

    /// <summary>Edits per watch measurement (ours and <c>hugo server</c>); the median is reported.</summary>
    public int WatchEdits { get; private set; } = 9;

    public bool Hugo { get; private set; }

    public List<SdkSettings> Settings { get; private set; } = [SdkSettings.Workplace];

    /// <summary>Whether to time the repository's own root build (its <c>git archive</c> export) against the console app.</summary>
    public bool RootBuild { get; private set; } = true;

    public string Results { get; private set; } = Path.GetFullPath(Path.Combine("BenchmarkDotNet.Artifacts", "scale"));

    public string Work { get; private set; } = Path.Combine(Path.GetTempPath(), "briefings-scale-" + Guid.NewGuid().ToString("N")[..8]);

    public bool Keep { get; private set; }

    /// <summary>head (an export of HEAD), worktree (the working tree as it is), or any commit git knows (an export of it).</summary>
    public string PackageFrom { get; private set; } = "head";

    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScaleOptions();
        for (var i = 1; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException("Missing value after " + args[i]);
            switch (args[i])
            {
                case "--sizes":
                    options.Sizes = List(Value()).Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--runs":
                    options.Runs = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--cold-runs":
                    options.ColdRuns = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--watch-edits":
                    options.WatchEdits = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--hugo":
                    options.Hugo = true;
                    break;
                case "--settings":
                    options.Settings = List(Value()).Select(SdkSettings.Named).ToList();
                    break;
                case "--no-root":
                    options.RootBuild = false;
                    break;
                case "--results":
                    options.Results = Path.GetFullPath(Value());
                    break;
                case "--work":
                    options.Work = Path.GetFullPath(Value());
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                case "--package-from":
                    options.PackageFrom = Value().Length > 0 && !args[i].StartsWith('-') ? args[i] : throw new ArgumentException("--package-from takes head, worktree or a commit");
                    break;
                default:
                    throw new ArgumentException("Unknown option " + args[i]);
            }
        }

        if (options.Runs < 1 || options.ColdRuns < 1 || options.WatchEdits < 1 || options.Sizes.Count == 0 || options.Sizes.Any(s => s < 1))
        {
            throw new ArgumentException("--runs, --cold-runs and --watch-edits must be at least 1, and every size at least 1");
        }

        if (options.Settings.Count == 0 || options.Settings.Distinct().Count() != options.Settings.Count)
        {
            throw new ArgumentException("--settings takes workplace, stock or both, each once");
        }

        return options;
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
