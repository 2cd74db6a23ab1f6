using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Briefings.Facts.Emit;
using Briefings.Facts.Pipeline;
using Briefings.Generators.Tests.Infrastructure;
using Briefings.Snapshots;
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

    [Theory]
    [InlineData("")]
    [InlineData("utf8")]
    [InlineData("string")]
    [InlineData("deflate")]
    public void Generated_catalog_finds_facts_by_id_and_references_navigate(string dataLiterals)
    {
        var run = GeneratorHarness.Run(Samples.Files("every-type"), dataLiterals);
        var data = run.Sources.Single(s => s.HintName == "Facts.MarketMoves.g.cs").Source;
        Assert.Contains(dataLiterals switch { "utf8" => "\"\"\"u8;", "deflate" => "FactDataReader.Inflate(data, ", _ => "\"\"\";" }, data, StringComparison.Ordinal);
        var assembly = LoadCompiled(run);
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
        Assert.Equal(5, ((IList)catalog.GetProperty("All")!.GetValue(null)!).Count);
    }

    [Fact]
    public void Editing_a_fact_leaves_the_reference_assembly_as_it_was_so_projects_that_use_the_model_are_not_recompiled()
    {
        var original = Samples.Text("every-type", "nvidia-2025-01-27.yaml");
        var edited = original.Replace("-16.86", "-16.87", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);

        Assert.Equal(ReferenceAssembly(original, string.Empty), ReferenceAssembly(edited, string.Empty));

        // Why string literals are the default: u8 data becomes a field named by its hash, which reference assemblies keep.
        Assert.NotEqual(ReferenceAssembly(original, "utf8"), ReferenceAssembly(edited, "utf8"));
    }

    [Fact]
    public void Data_is_compiled_as_text_then_deflated_then_as_utf8_as_the_literals_outgrow_the_budget()
    {
        var files = Samples.Files("every-type").Select(f => FactPipeline.File(f.Path, GeneratorHarness.FactsRoot, f.GetText()!.ToString())).ToList();
        var schema = FactPipeline.ReadSchema(files.Where(f => FactPipeline.IsSchemaFile(f.Path)), null, CancellationToken.None).Model;
        var catalog = FactPipeline.Catalog(files.Where(f => !FactPipeline.IsSchemaFile(f.Path)).Select(f => FactPipeline.BindFile(f, schema, CancellationToken.None).Facts), schema)!;

        // What the emitted string literals hold, read back from the source: each kind's data and its members' ids.
        var sources = ModelEmitter.EmitCatalog(catalog).Select(s => s.Source).ToList();
        var held = sources.Sum(source => FactBaseSessionTests.LiteralBody(source).Length)
            + sources.Sum(source => System.Text.RegularExpressions.Regex.Matches(source, " => Get\\(\"([^\"]*)\"\\);").Sum(m => m.Groups[1].Length));
        var counted = catalog.StringLiteralChars();
        Assert.InRange(counted, held, held + catalog.Schema.Kinds.Count); // never less than the literals hold

        Assert.Equal(FactDataForm.Text, Form(catalog with { StringLiteralBudget = counted }));
        Assert.True(sources.All(s => s.Contains("data => \"\"\"\n", StringComparison.Ordinal) || s.Contains("data => \"\";", StringComparison.Ordinal)));

        // Past the budget as text, deflated while that fits (ids included), then u8.
        var deflated = ModelEmitter.EmitCatalog(catalog with { StringLiteralBudget = counted - 1 }).Select(s => s.Source).ToList();
        Assert.Equal(FactDataForm.Deflated, Form(catalog with { StringLiteralBudget = counted - 1 }));
        Assert.All(deflated.Where(s => s.Contains(" Get(\"", StringComparison.Ordinal)), s => Assert.Contains("FactDataReader.Inflate(data, ", s, StringComparison.Ordinal));
        Assert.Equal(FactDataForm.Utf8, Form(catalog with { StringLiteralBudget = catalog.MemberIdChars() }));
        Assert.All(
            ModelEmitter.EmitCatalog(catalog with { StringLiteralBudget = catalog.MemberIdChars() }).Where(s => s.Source.Contains("data =>", StringComparison.Ordinal)),
            s => Assert.Contains("\"\"\"u8;", s.Source, StringComparison.Ordinal));
    }

    private static FactDataForm Form(CatalogSpec catalog) => DeflatedData.Choose(catalog).Form;

    private static byte[] ReferenceAssembly(string nvidiaFile, string dataLiterals)
    {
        var files = Samples.EveryTypeWith(("nvidia-2025-01-27.yaml", nvidiaFile)).Select(f => GeneratorHarness.File(f.Path, f.Text));
        var run = GeneratorHarness.Run(files, dataLiterals);
        // As the SDK builds it (/refout): the reference assembly written beside the full one, private members left out.
        using var assembly = new MemoryStream();
        using var reference = new MemoryStream();
        var emit = run.Output.WithOptions(run.Output.Options.WithDeterministic(true))
            .Emit(assembly, metadataPEStream: reference, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(includePrivateMembers: false));
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return reference.ToArray();
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
