using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Briefings.Benchmarks;

/// <summary>One timed pass over a fact folder: generator run, then compiling the generated code. For finding where time goes.</summary>
internal static class ScaleProfile
{
    public static void Run(string folder)
    {
        var files = FactFolder.Load(folder);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Append(typeof(Briefings.Runtime.LocalizedText).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        var compilation = CSharpCompilation.Create("Scale", new[] { CSharpSyntaxTree.ParseText("class Anchor { }") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var watch = Stopwatch.StartNew();
        FactFolder.Driver(files, folder).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
        Console.WriteLine($"generator, first run in the process (JIT included): {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var driver = FactFolder.Driver(files, folder).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generate = watch.Elapsed;
        var result = driver.GetRunResult();
        Console.WriteLine($"{files.Count} files; generator {generate.TotalSeconds:F2} s; {result.GeneratedTrees.Length} sources, {result.GeneratedTrees.Sum(t => t.Length) / 1024} KiB; {result.Diagnostics.Length} diagnostics");

        watch.Restart();
        var declared = output.GetDeclarationDiagnostics();
        Console.WriteLine($"declaration diagnostics {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var bodies = output.GetMethodBodyDiagnostics();
        Console.WriteLine($"method body diagnostics {watch.Elapsed.TotalSeconds:F2} s ({bodies.Length})");
        watch.Restart();
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Console.WriteLine($"compile+emit {watch.Elapsed.TotalSeconds:F2} s; success {emit.Success}; {stream.Length / 1024} KiB; {emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");

        if (Environment.GetEnvironmentVariable("PROFILE_VARIANT") == "parts")
        {
            foreach (var tree in result.GeneratedTrees.OrderByDescending(t => t.Length).Take(4))
            {
                Console.WriteLine($"  {System.IO.Path.GetFileName(tree.FilePath)}: {tree.Length / 1024} KiB");
            }

            var noData = output;
            var noMembers = output;
            foreach (var tree in result.GeneratedTrees)
            {
                var text = tree.ToString();
                var stripped = System.Text.RegularExpressions.Regex.Replace(text, "\"\"\"\n[\\s\\S]*?\n *\"\"\"", "\"\"");
                noData = noData.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(stripped, (CSharpParseOptions)tree.Options, tree.FilePath));
                var lean = System.Text.RegularExpressions.Regex.Replace(text, " */// <summary>The [\\w-]+ <c>[^<]*</c>.</summary>\n *public static \\S+ \\w+ => Get\\(\"[^\"]*\"\\);\n\n", "");
                noMembers = noMembers.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(lean, (CSharpParseOptions)tree.Options, tree.FilePath));
            }

            foreach (var (name, variant) in new[] { ("all again", output), ("no data literal", noData), ("no member per fact", noMembers) })
            {
                watch.Restart();
                using var s = new MemoryStream();
                var e = variant.Emit(s);
                Console.WriteLine($"variant {name}: compile+emit {watch.Elapsed.TotalSeconds:F2} s; success {e.Success}; {s.Length / 1024} KiB");
            }
        }

        if (Environment.GetEnvironmentVariable("PROFILE_VARIANT") == "literals")
        {
            var events = result.GeneratedTrees.OrderByDescending(t => t.Length).First().ToString();
            var match = System.Text.RegularExpressions.Regex.Match(events, "\"\"\"\n([\\s\\S]*?)\n( *)\"\"\"");
            var indent = match.Groups[2].Value;
            var lines = match.Groups[1].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l).ToList();
            var data = string.Join("\n", lines);
            string Escaped(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            var chunks = lines.Chunk(2000).Select(c => string.Join("\n", c)).ToList();
            var variants = new (string Name, string Source)[]
            {
                ("raw u8, indented", "class C {\n    static System.ReadOnlySpan<byte> D => \"\"\"\n" + string.Join("\n", lines.Select(l => "        " + l)) + "\n        \"\"\"u8;\n}"),
                ("raw u8, not indented", "class C {\n    static System.ReadOnlySpan<byte> D => \"\"\"\n" + data + "\n\"\"\"u8;\n}"),
                ("raw string, not indented", "class C {\n    static string D => \"\"\"\n" + data + "\n\"\"\";\n}"),
                ("regular u8", "class C {\n    static System.ReadOnlySpan<byte> D => \"" + Escaped(data) + "\"u8;\n}"),
                ("regular string", "class C {\n    static string D => \"" + Escaped(data) + "\";\n}"),
                ("u8 in 2,000-line chunks", "class C {\n" + string.Concat(chunks.Select((c, i) => $"    static System.ReadOnlySpan<byte> D{i} => \"{Escaped(c)}\"u8;\n")) + "}"),
                ("deflated, packed two bytes to a character", "class C {\n    static string D => " + Briefings.Facts.Emit.DeflatedData.Literal(Briefings.Facts.Emit.DeflatedData.Compress(data)) + ";\n}"),
                ("8 MB of random bytes packed (deflated data of about 100,000 facts)", "class C {\n    static string D => " + Briefings.Facts.Emit.DeflatedData.Literal(RandomBytes(8_000_000)) + ";\n}"),
                ("base64 string", "class C {\n    static string D => \"" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(data)) + "\";\n}"),
            };
            Console.WriteLine($"data: {data.Length / 1024} KiB in {lines.Count} lines");
            foreach (var round in new[] { 1, 2 })
            {
                foreach (var (name, source) in variants)
                {
                    var single = CSharpCompilation.Create("Literal", [], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                    watch.Restart();
                    var tree = CSharpSyntaxTree.ParseText(source);
                    var parsed = watch.Elapsed;
                    using var s = new MemoryStream();
                    var e = single.AddSyntaxTrees(tree).Emit(s);
                    Console.WriteLine($"round {round} {name}: parse {parsed.TotalSeconds:F2} s, compile+emit {(watch.Elapsed - parsed).TotalSeconds:F2} s; success {e.Success}; {s.Length / 1024} KiB");
                }
            }
        }

        static byte[] RandomBytes(int count)
        {
            var bytes = new byte[count];
            new Random(15).NextBytes(bytes);
            return bytes;
        }

        if (Environment.GetEnvironmentVariable("PROFILE_VARIANT") == "nolambda")
        {
            var rewritten = output;
            foreach (var tree in result.GeneratedTrees)
            {
                var text = System.Text.RegularExpressions.Regex.Replace(tree.ToString(), @"global::System\.Threading\.LazyInitializer\.EnsureInitialized\(ref (s_\w+), static \(\) => new ([\w:.]+)\n", "$1 ??= new $2\n");
                text = text.Replace("\n        });\n", "\n        };\n", StringComparison.Ordinal);
                rewritten = rewritten.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
            }

            watch.Restart();
            using var second = new MemoryStream();
            var emit2 = rewritten.Emit(second);
            Console.WriteLine($"variant nolambda: compile+emit {watch.Elapsed.TotalSeconds:F2} s; success {emit2.Success}; {string.Join("; ", emit2.Diagnostics.Take(3))}");
        }
    }
}
