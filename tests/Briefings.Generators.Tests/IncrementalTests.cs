using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Briefings.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// Roslyn's step tracking proves the generator is incremental: editing one fact file re-binds only
/// that file, an edit elsewhere re-runs no YAML work, and an edit that changes no fact re-emits nothing.
/// </summary>
public class IncrementalTests
{
    private const int ExtraFiles = 20;

    private static List<AdditionalText> ManyFiles()
    {
        var files = Samples.Files("every-type");
        for (var i = 0; i < ExtraFiles; i++)
        {
            files.Add(GeneratorHarness.File($"more/source-{i:D2}.yaml", $"kind: source\nid: source-{i:D2}\ntitle: {{ en: Source {i}, zh-Hant: 來源{i} }}\n"));
        }

        return files;
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(List<AdditionalText> files)
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static IncrementalStepRunReason[] OutputReasons(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void An_identical_rerun_is_all_cached()
    {
        var files = ManyFiles();
        var (driver, compilation) = FirstRun(files);

        driver = driver.RunGenerators(compilation);

        foreach (var step in TrackedStepNames())
        {
            Assert.All(Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_one_fact_file_rebinds_only_that_file()
    {
        var files = ManyFiles();
        var (driver, compilation) = FirstRun(files);
        var edited = files.Single(f => f.Path.EndsWith("source-07.yaml", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(edited, GeneratorHarness.File("more/source-07.yaml", "kind: source\nid: source-07\ntitle: { en: Changed, zh-Hant: 改 }\n"))
            .RunGenerators(compilation);

        var bind = Reasons(driver, TrackingNames.BindFactFile);
        Assert.Equal(files.Count - 1, bind.Length); // the schema file is not a fact file
        Assert.Equal(1, bind.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(bind.Length - 1, bind.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Reasons(driver, TrackingNames.Schema), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.Catalog));
    }

    [Fact]
    public void A_csharp_edit_reruns_no_yaml_work()
    {
        var files = ManyFiles();
        var (driver, compilation) = FirstRun(files);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace User { internal static class Anchor { public const int Edited = 1; } }", GeneratorHarness.ParseOptions, path: "User.cs"));

        driver = driver.RunGenerators(edited);

        foreach (var step in TrackedStepNames())
        {
            Assert.All(Reasons(driver, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    [Theory]
    [InlineData("# a comment\n\nkind: source\nid: source-07\ntitle: { en: Source 7, zh-Hant: 來源7 }\n")]
    [InlineData("kind: source\ntitle: { zh-Hant: 來源7, en: Source 7 }\nid: source-07\n")]
    [InlineData("kind:   source\nid: 'source-07'\ntitle:\n  en: Source 7\n  zh-Hant: \"來源7\"\n")]
    public void An_edit_that_changes_no_fact_reemits_nothing(string equivalent)
    {
        var files = ManyFiles();
        var (driver, compilation) = FirstRun(files);
        var edited = files.Single(f => f.Path.EndsWith("source-07.yaml", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(edited, GeneratorHarness.File("more/source-07.yaml", equivalent)).RunGenerators(compilation);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.BindFactFile));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.FileFacts));
        Assert.All(Reasons(driver, TrackingNames.Catalog), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Incremental_runs_give_the_same_output_as_a_fresh_run()
    {
        var files = ManyFiles();
        var (driver, compilation) = FirstRun(files);
        var random = new Random(1234);
        for (var i = 0; i < 15; i++)
        {
            var index = random.Next(files.Count);
            var old = files[index];
            var relative = old.Path.Substring(GeneratorHarness.FactsRoot.Length + 1);
            var text = old.GetText()!.ToString();
            var edit = random.Next(3) switch
            {
                0 => "\n# edit " + i + "\n" + text,
                1 => text.Replace("Source", "Quelle", StringComparison.Ordinal),
                _ => text + "broken: [\n",
            };
            var replacement = GeneratorHarness.File(relative, edit);
            files[index] = replacement;
            driver = driver.ReplaceAdditionalText(old, replacement).RunGenerators(compilation);

            var fresh = GeneratorHarness.Driver(files).RunGenerators(compilation).GetRunResult();
            var incremental = driver.GetRunResult();
            Assert.Equal(Describe(fresh), Describe(incremental));
        }
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_locations_or_reference_compared_collections()
    {
        var (driver, _) = FirstRun(ManyFiles());
        var result = driver.GetRunResult().Results.Single();

        var visited = 0;
        foreach (var step in TrackedStepNames())
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                visited += Inspect(output.Value, step, 0);
            }
        }

        Assert.True(visited > 100, $"Only {visited} values were inspected; the walk is not reaching the models.");
    }

    [Fact]
    public void The_banned_type_check_fails_on_a_location()
    {
        var ex = Record.Exception(() => Inspect(new Holder(Location.None), "test", 0));

        Assert.NotNull(ex);
        Assert.Contains("Location", ex!.Message, StringComparison.Ordinal);
    }

    /// <summary>The banned-type tests' own wrapper; every other type in a model must be one of the core's (Briefings.Facts).</summary>
    private sealed record Holder(object Value);

    private static readonly Type[] Banned =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText), typeof(SemanticModel),
    };

    private static IEnumerable<string> TrackedStepNames()
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    /// <summary>Walks a model by reflection; returns how many values it looked at.</summary>
    private static int Inspect(object? value, string path, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return 1;
        }

        var type = value.GetType();
        Assert.True(depth < 20, $"{path}: the model is nested too deep to inspect");
        foreach (var banned in Banned)
        {
            Assert.False(banned.IsAssignableFrom(type), $"{path} holds a {banned.Name} ({type.Name}): pipeline models must be plain values.");
        }

        Assert.False(type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(List<>) || g == typeof(ImmutableArray<>) || g == typeof(Dictionary<,>))), $"{path} holds a {type.Name}, which compares by reference; use EquatableArray.");

        var count = 1;
        if (type.IsGenericType && type.GetGenericTypeDefinition().Name.StartsWith("EquatableArray", StringComparison.Ordinal))
        {
            foreach (var item in (IEnumerable)value)
            {
                count += Inspect(item, path + "[]", depth + 1);
            }

            return count;
        }

        if (type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var field in type.GetFields())
            {
                count += Inspect(field.GetValue(value), path + "." + field.Name, depth + 1);
            }

            return count;
        }

        Assert.True(type == typeof(Holder) || type.Namespace?.StartsWith("Briefings.Facts", StringComparison.Ordinal) == true, $"{path} holds a {type.FullName}, which is not one of our models.");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            count += Inspect(property.GetValue(value), path + "." + property.Name, depth + 1);
        }

        return count;
    }

    private static string Describe(GeneratorDriverRunResult result)
    {
        var run = result.Results.Single();
        var sources = run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText);
        var diagnostics = result.Diagnostics.Select(d => GeneratorHarness.Format(d)).OrderBy(d => d, StringComparer.Ordinal);
        return string.Join("\n", sources.Concat(diagnostics));
    }
}
