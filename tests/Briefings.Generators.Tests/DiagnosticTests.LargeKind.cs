using System.Collections.Generic;
using System.Linq;
using System.Text;
using Briefings.Facts.Emit;
using Briefings.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// A kind with more facts than <see cref="CatalogSpec.NamedFactLimit"/> gets no member per fact: a .NET type holds at
/// most 65,535 methods, and the model of 100,000 synthetic facts compiled but failed to load (TypeLoadException).
/// </summary>
public partial class DiagnosticTests
{
    private const string ManyNotesSchema = """
        schema:
          namespace: Sample.Many
          catalog: Facts
          languages: [en]
        kinds:
          note:
            label: { en: Notes }
            fields:
              text: { type: text, required: true, role: title, label: { en: Text } }
          tag:
            label: { en: Tags }
            fields:
              text: { type: text, required: true, role: title, label: { en: Text } }
        """;

    [Fact]
    public void BRF035_a_kind_past_the_limit_is_reached_by_id_alone_and_the_build_says_why_while_a_small_kind_keeps_its_members()
    {
        var notes = CatalogSpec.NamedFactLimit + 1;
        var files = new List<(string Path, string Text)> { ("schema.yaml", ManyNotesSchema), ("tags.yaml", "kind: tag\nfacts:\n  - { id: first-tag, text: First }\n") };
        for (var start = 0; start < notes; start += 1000)
        {
            var text = new StringBuilder("kind: note\nfacts:\n");
            for (var i = start; i < System.Math.Min(start + 1000, notes); i++)
            {
                text.Append("  - { id: n").Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append(", text: Note }\n");
            }

            files.Add(($"notes/{start / 1000:D3}.yaml", text.ToString()));
        }

        var run = GeneratorHarness.Run([.. files]);

        Assert.Equal(
            ["warning BRF035: The kind 'note' has 20,001 facts, more than the 20,000 that get a member each in the model (Facts.Notes.SomeId): reach them with Facts.Notes.Find(id), Get(id) or All. A .NET type holds at most 65,535 methods, and at this size a member per fact costs the compiler more than it gives; a story this large reads better split into several."],
            run.Diagnostics);
        var sources = run.Result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.DoesNotContain(" N000001 =>", sources["Facts.Notes.g.cs"], System.StringComparison.Ordinal);
        Assert.Contains("Find(string id)", sources["Facts.Notes.g.cs"], System.StringComparison.Ordinal);
        Assert.Contains(" FirstTag =>", sources["Facts.Tags.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
