using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Rendering.Incremental;
using Briefings.Runtime;
using Briefings.Story;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The render at build time re-renders only the outputs that read a changed fact, from what the last build left in its
/// memo; whatever it keeps, the result is a full render's, byte for byte, and a memo it cannot trust keeps nothing.
/// </summary>
public class RenderMemoTests
{
    private const string NoteTemplate = "{{ n = facts.editorial_notes[0] }}{{ n.id }}: {{ n.printed }}";
    private const string PersonTemplate = "{{ facts.people[0].id }}";

    [Fact]
    public void After_an_edit_only_the_outputs_that_read_the_changed_fact_are_rendered_and_the_result_is_a_full_renders()
    {
        using var temp = new TempFolder();
        var (request, memoPath, output) = RenderedOnce(temp);

        var edited = request with { Model = new EditedStory(n => n with { Printed = "as edited" }) };
        var partial = Render(edited, memoPath, output);
        Assert.Equal(2, partial.Reused); // the Markdown outputs read a person, not the note
        Assert.Equal(Full(edited).Files, partial.Files);
        Assert.EndsWith(": as edited\n", partial.Files.Single(f => f.Name == "s.en.html").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_changed_every_output_is_kept()
    {
        using var temp = new TempFolder();
        var (request, memoPath, output) = RenderedOnce(temp);
        var again = Render(request, memoPath, output);
        Assert.Equal(4, again.Reused);
        Assert.Equal(Full(request).Files, again.Files);
    }

    [Fact]
    public void An_output_changed_on_disk_since_is_rendered_again()
    {
        using var temp = new TempFolder();
        var (request, memoPath, output) = RenderedOnce(temp);
        File.WriteAllText(Path.Combine(output, "s.en.md"), "edited by hand");
        File.Delete(Path.Combine(output, "s.zh-Hant.md"));

        var again = Render(request, memoPath, output);
        Assert.Equal(2, again.Reused);
        Assert.Equal(Full(request).Files, again.Files);
    }

    [Fact]
    public void Another_template_keeps_nothing()
    {
        using var temp = new TempFolder();
        var (request, memoPath, output) = RenderedOnce(temp);
        File.AppendAllText(Path.Combine(request.TemplatesDirectory, "briefing.md.sbn"), " and more");

        var again = Render(request, memoPath, output);
        Assert.Equal(0, again.Reused);
        Assert.Equal(Full(request).Files, again.Files);
        Assert.Contains(" and more", again.Files.Single(f => f.Name == "s.en.md").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_options_or_published_versions_keep_nothing()
    {
        using var temp = new TempFolder();
        var (request, _, _) = RenderedOnce(temp);
        var versions = Directory.CreateDirectory(Path.Combine(temp.Path, "versions")).FullName;
        var inputs = RenderMemo.InputsDigest(request, versions);
        Assert.NotEqual(inputs, RenderMemo.InputsDigest(request with { PageSize = 50 }, versions));
        Assert.NotEqual(inputs, RenderMemo.InputsDigest(request with { Slug = "t" }, versions));
        Assert.NotEqual(inputs, RenderMemo.InputsDigest(request, null));
        File.WriteAllText(Path.Combine(versions, "2025-01-28T00-00-00Z.json"), "{}");
        Assert.NotEqual(inputs, RenderMemo.InputsDigest(request, versions));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"format\":2,\"inputs\":\"x\",\"signature\":\"s\",\"factKeys\":[],\"factDigests\":[],\"outputs\":[]}")]
    [InlineData("{\"format\":1,\"inputs\":\"x\",\"signature\":\"s\",\"factKeys\":[\"a/b\"],\"factDigests\":[],\"outputs\":[]}")]
    [InlineData("{\"format\":1,\"inputs\":\"x\",\"signature\":\"s\",\"factKeys\":[\"a/b\"],\"factDigests\":[\"d\"],\"outputs\":[{\"name\":\"s.en.html\",\"digest\":\"d\",\"facts\":[1]}]}")]
    [InlineData("{\"format\":1,\"inputs\":\"x\",\"signature\":\"s\",\"factKeys\":[null],\"factDigests\":[\"d\"],\"outputs\":[]}")]
    [InlineData("{\"format\":1,\"inputs\":\"x\",\"signature\":\"s\",\"factKeys\":[],\"factDigests\":[],\"outputs\":[{\"name\":null,\"digest\":\"d\",\"facts\":[]}]}")]
    [InlineData("{\"format\":1,\"inputs\":null,\"signature\":\"s\",\"factKeys\":[],\"factDigests\":[],\"outputs\":[]}")]
    public void A_damaged_memo_is_not_read(string text)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "memo.json");
        File.WriteAllText(path, text);
        Assert.Null(RenderMemo.Read(path));
    }

    [Fact]
    public void An_output_name_that_leaves_the_output_folder_is_never_read()
    {
        using var temp = new TempFolder();
        var (request, memoPath, output) = RenderedOnce(temp);
        File.WriteAllText(Path.Combine(temp.Path, "outside.html"), "secret");
        var memo = RenderMemo.Read(memoPath)!;
        var hostile = memo with { Outputs = [.. memo.Outputs, new RenderMemo.OutputRecord("../outside.html", RenderMemo.Digest("secret"), [])] };

        var applied = hostile.Apply(request, memo.Inputs, output);
        Assert.DoesNotContain(applied.Previous!.Files, f => f.Name.Contains("outside", StringComparison.Ordinal));
    }

    /// <summary>Renders two entry templates (HTML reads Nvidia's move, Markdown a person) into a folder, as the build does, and leaves the memo.</summary>
    private static (RenderRequest Request, string MemoPath, string Output) RenderedOnce(TempFolder temp)
    {
        var templates = Directory.CreateDirectory(Path.Combine(temp.Path, "templates")).FullName;
        var request = new RenderRequest
        {
            Model = new FactsModel(),
            TemplatesDirectory = RenderHelper.TemplatesWith(templates, ("briefing.html.sbn", NoteTemplate), ("briefing.md.sbn", PersonTemplate)),
            Slug = "s",
        };
        var memoPath = Path.Combine(temp.Path, "obj", "render-memo.json");
        var output = Directory.CreateDirectory(Path.Combine(temp.Path, "out")).FullName;
        var first = Render(request, memoPath, output);
        Assert.Equal(0, first.Reused);
        Assert.True(File.Exists(memoPath));
        return (request, memoPath, output);
    }

    /// <summary>What the render command does: apply the memo, render, write the files, leave the next memo.</summary>
    private static RenderResult Render(RenderRequest request, string memoPath, string output)
    {
        var inputs = RenderMemo.InputsDigest(request, null);
        var applied = (RenderMemo.Read(memoPath)?.Apply(request, inputs, output) ?? request) with { KeepFactDigests = true };
        var result = BriefingRenderer.Render(applied);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files)
        {
            File.WriteAllText(Path.Combine(output, file.Name), file.Content);
        }

        RenderMemo.Of(result, inputs)!.Write(memoPath);
        return result;
    }

    private static RenderResult Full(RenderRequest request) => BriefingRenderer.Render(request with { Previous = null, ChangedFacts = null, PreviousFactDigests = null });

    /// <summary>
    /// The shipped story with its first editorial note edited: the same schema, so the same inputs. A note, because no
    /// fact refers to one: a reference resolves through the compiled catalog, which this wrapper cannot edit.
    /// </summary>
    private sealed class EditedStory(Func<EditorialNote, EditorialNote> edit) : IFactModel
    {
        private readonly FactsModel story = new();

        public string? Slug => story.Slug;

        public IReadOnlyList<string> Languages => story.Languages;

        public string SchemaFingerprint => story.SchemaFingerprint;

        public IReadOnlyList<IFactKind> Kinds => story.Kinds.Select(k => k.Descriptor.Name == "editorial-note" ? new EditedKind(k, edit) : k).ToArray();

        public IReadOnlyList<IFact> All => story.All.Select(f => f.Id == First.Id && f is EditorialNote note ? edit(note) : f).ToArray(); // the story's order: citations are numbered in it
    }

    private static EditorialNote First => Facts.EditorialNotes.All[0];

    private sealed class EditedKind(IFactKind inner, Func<EditorialNote, EditorialNote> edit) : IFactKind
    {
        public RecordDescriptor Descriptor => inner.Descriptor;

        public IReadOnlyList<IFact> Facts { get; } = inner.Facts.Select(f => f.Id == First.Id ? edit((EditorialNote)f) : f).ToArray();

        public IFact? Find(string id) => Facts.FirstOrDefault(f => f.Id == id);
    }
}
