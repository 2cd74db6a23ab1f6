using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Briefings.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace Briefings.Generators.Tests;

/// <summary>
/// Random mutations of valid fact files (character flips, truncations, spliced fragments, YAML
/// tokens) through the generator. The oracle: it never throws, never reports BRF099, and when it
/// reports no error the generated code compiles. Short by default; set BRIEFINGS_FUZZ_ITERATIONS
/// (and BRIEFINGS_FUZZ_SEED) for a long run.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Fragments =
    {
        "[", "]", "{", "}", "&a ", "*a", "!!str ", "\t", "\0", "\u2028", "\u202E", "\uFEFF", "\"\"\"", "- ", ": ", "? ", "---\n", "...\n",
        "%YAML 1.1\n", "'", "\"", "#", "|\n", ">-\n", "<<: *a\n", "\n  ", "id: x\n", "kind: source\n", "😀", "\uD800",
    };

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Mutated_fact_files_never_crash_the_generator()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_ITERATIONS"), out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_SEED"), out var s) ? s : 20250127;
        var random = new Random(seed);
        var originals = Samples.EveryTypeWith();
        var stopwatch = Stopwatch.StartNew();
        var withErrors = 0;

        for (var i = 0; i < iterations; i++)
        {
            var files = originals.ToArray();
            var target = random.Next(files.Length);
            files[target] = (files[target].Path, Mutate(files[target].Text, files[random.Next(files.Length)].Text, random));

            var run = GeneratorHarness.Run(files);
            var result = run.Result.Results.Single();
            Assert.True(result.Exception is null, $"iteration {i} (seed {seed}) threw {result.Exception}\n--- {files[target].Path} ---\n{files[target].Text}");
            Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id is "BRF099" or "CS8785");
            if (run.Result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                withErrors++;
            }
            else
            {
                Assert.True(run.CompilationProblems.Count == 0, $"iteration {i} (seed {seed}): no diagnostics, but the generated code does not compile:\n{string.Join("\n", run.CompilationProblems)}\n--- {files[target].Path} ---\n{files[target].Text}");
            }
        }

        output.WriteLine($"{iterations} mutations (seed {seed}) in {stopwatch.Elapsed.TotalSeconds:F1} s; {withErrors} reported errors, {iterations - withErrors} generated clean code.");
        Assert.InRange(withErrors, 1, iterations - 1); // the mutations reach both outcomes, or the test proves little
    }

    private static string Mutate(string text, string donor, Random random)
    {
        var chars = new List<char>(text);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(5))
            {
                case 0 when chars.Count > 0: // flip a character
                    chars[at] = (char)(chars[at] ^ (1 << random.Next(7)));
                    break;
                case 1: // truncate
                    chars.RemoveRange(at, chars.Count - at);
                    break;
                case 2: // splice in a piece of another file
                    var start = random.Next(donor.Length);
                    chars.InsertRange(at, donor.Substring(start, Math.Min(donor.Length - start, random.Next(1, 60))));
                    break;
                case 3: // drop a piece
                    chars.RemoveRange(at, Math.Min(chars.Count - at, random.Next(1, 20)));
                    break;
                default: // insert a YAML token or a hostile character
                    chars.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
