using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Briefings.Facts.Binding;
using Briefings.Facts.Emit;
using Briefings.Facts.Schema;
using Briefings.Facts.Yaml;

namespace Briefings.Benchmarks;

/// <summary>Times each generator phase on its own over a fact folder (warm), to see where a full run goes.</summary>
internal static class PhaseProfile
{
    public static void Run(string folder)
    {
        var texts = FactFolder.Load(folder).Select(f => new FactFileText(f.Path, f.Path.Substring(folder.Length), f.GetText()!.ToString())).ToList();
        var schema = SchemaReader.Read(texts.Where(t => SchemaReader.IsSchemaFile(t.Path)), null, CancellationToken.None).Model!;
        var facts = texts.Where(t => !SchemaReader.IsSchemaFile(t.Path)).ToList();
        for (var round = 0; round < 2; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var f in facts)
            {
                YamlReader.Read(f.Path, f.Text!);
            }

            var read = watch.Elapsed;
            watch.Restart();
            var bindings = facts.Select(f => FactFileBinder.Bind(f, schema, CancellationToken.None)).ToList();
            var bind = watch.Elapsed;
            watch.Restart();
            var spec = CatalogSpec.Create(bindings.Select(b => b.Facts).ToImmutableArrayOf(), schema);
            var catalog = watch.Elapsed;
            watch.Restart();
            var chars = ModelEmitter.EmitCatalog(spec).Sum(s => s.Source.Length);
            var emit = watch.Elapsed;
            Console.WriteLine($"round {round}: read {read.TotalMilliseconds:F0} ms, read+bind {bind.TotalMilliseconds:F0} ms, catalog {catalog.TotalMilliseconds:F0} ms, emit {emit.TotalMilliseconds:F0} ms ({chars / 1024} KiB)");
        }
    }

    private static System.Collections.Immutable.ImmutableArray<T> ToImmutableArrayOf<T>(this System.Collections.Generic.IEnumerable<T> items) => System.Collections.Immutable.ImmutableArray.CreateRange(items);
}
