using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Testing;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>The generated C# for a sample that uses every field type: its text, that it compiles cleanly, and that it works.</summary>
public class GeneratedModelTests
{
    [Fact]
    public void Every_field_type_generates_the_verified_source()
    {
        var run = GeneratorHarness.Run(Samples.Files("every-type"));

        Assert.Empty(run.Diagnostics);
        Assert.Null(run.Result.Results.Single().Exception);
        Snapshot.VerifyAll(run.Sources, extension: "cs");
    }

    [Fact]
    public void Generated_source_compiles_without_warnings_under_nullable_and_warnings_as_errors()
    {
        var run = GeneratorHarness.Run(Samples.Files("every-type"));

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Generated_catalog_finds_facts_by_id_and_references_navigate()
    {
        var assembly = LoadCompiled(GeneratorHarness.Run(Samples.Files("every-type")));
        var moves = assembly.GetType("Sample.Facts.Facts+MarketMoves", throwOnError: true)!;

        var all = (IList)moves.GetProperty("All")!.GetValue(null)!;
        var move = Assert.Single(all.Cast<object>());
        Assert.Same(move, moves.GetProperty("Nvidia2025_01_27")!.GetValue(null));
        Assert.Same(move, moves.GetMethod("Find")!.Invoke(null, new object[] { "nvidia-2025-01-27" }));
        Assert.Null(moves.GetMethod("Find")!.Invoke(null, new object[] { "nope" }));

        dynamic fact = move;
        Assert.Equal("market-move", (string)fact.Kind);
        Assert.Equal(-16.86m, (decimal)fact.Change.Value);
        Assert.Equal("2025-01-27", fact.Date.ToString());
        Assert.Equal("英偉達", (string)fact.Organisation.Value.Name["zh-Hant"]);
        Assert.Equal("Regular", fact.Session.ToString()); // the schema's default
        Assert.Equal("quote \" and backslash \\ and \"\"\" and {braces}", (string)fact.Tags[2]);
        Assert.Equal(3L, (long)fact.Sources[0].Paragraph);

        var organisations = assembly.GetType("Sample.Facts.Facts+Organisations", throwOnError: true)!;
        var ids = ((IEnumerable)organisations.GetProperty("All")!.GetValue(null)!).Cast<dynamic>().Select(o => (string)o.Id);
        Assert.Equal(new[] { "deepseek", "nvidia" }, ids);
        dynamic deepseek = organisations.GetProperty("Deepseek")!.GetValue(null)!;
        Assert.False((bool)deepseek.Listed);
        Assert.Equal("2023-07", deepseek.Founded.ToString());

        var catalog = assembly.GetType("Sample.Facts.Facts", throwOnError: true)!;
        Assert.Equal(4, ((IList)catalog.GetProperty("All")!.GetValue(null)!).Count);
    }

    internal static Assembly LoadCompiled(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }
}
