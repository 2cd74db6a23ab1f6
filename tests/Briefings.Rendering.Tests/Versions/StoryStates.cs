using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Versions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>The shipped story's facts as version states, and edits of them: the inputs of the version tests.</summary>
internal static class StoryStates
{
    public const string Nvidia = "market-move/nvidia-2025-01-27";

    public const string NoteKey = "editorial-note/nvidia-change-corrected";

    public static Briefings.Story.FactsModel Model { get; } = new();

    public static ModelState Working => ModelState.From(Model);

    /// <summary>The state with one field of one fact set to a new value.</summary>
    public static ModelState With(ModelState state, string key, string field, JsonNode value)
    {
        var facts = state.Facts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var fact = facts[key];
        var fields = fact.Fields.ToDictionary(p => p.Key, p => p.Value.DeepClone(), StringComparer.Ordinal);
        fields[field] = value;
        facts[key] = fact with { Fields = new SortedDictionary<string, JsonNode>(fields, StringComparer.Ordinal) };
        return new ModelState(facts, state.Shape);
    }

    public static ModelState Adding(ModelState state, FactState fact)
    {
        var facts = state.Facts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        facts[fact.Key] = fact;
        return new ModelState(facts, state.Shape);
    }

    /// <summary>An editorial note correcting the Nvidia move, shaped as the shipped notes are.</summary>
    public static FactState CorrectionNote => new("editorial-note", "nvidia-change-corrected", new SortedDictionary<string, JsonNode>(StringComparer.Ordinal)
    {
        ["defect"] = "contradictory-date",
        ["paragraph"] = 3,
        ["printed"] = "16.86%",
        ["resolution"] = "corrected",
        ["corrected"] = "17%",
        ["reason"] = new JsonObject { ["en"] = "The closing price gives 17%.", ["zh-Hant"] = "收市價為17%。" },
        ["affects-market-moves"] = new JsonArray("nvidia-2025-01-27"),
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "sbh-deepseek-article", ["paragraph"] = 3 }),
    });

    /// <summary>The shipped first version, then one at 2025-01-29T09:00:00Z that corrects Nvidia's fall to 17% with a note.</summary>
    public static VersionHistory TwoVersions()
    {
        var first = RenderHelper.ShippedVersions().Versions.Single();
        var corrected = Adding(With(first.State, Nvidia, "change", "-17%"), CorrectionNote);
        var second = new PublishedVersion(VersionTime.Parse("2025-01-29T09:00:00Z", out _)!.Value, corrected, "seeds/versions/2025-01-29T09-00-00Z.json");
        return VersionHistory.Of([first, second]);
    }

    /// <summary>A writer of recorded values and its UI words, per language of the story, from the shipped templates.</summary>
    public static List<(ValueText Writer, IReadOnlyDictionary<string, string> Ui)> Writers()
    {
        var diagnostics = new List<Diagnostics.RenderDiagnostic>();
        var strings = UiStrings.Load(Path.Combine(RepositoryPaths.Templates, UiStrings.FileName), "templates/strings.json", Model.Languages, diagnostics)!;
        Assert.Empty(diagnostics);
        var timeline = VersionTimeline.Build(VersionHistory.Empty, Model);
        return Model.Languages.Select(l => (timeline.Writer(l, Model.Languages[0], strings.Format(l), strings.Words(l)), strings.Words(l))).ToList();
    }
}
