using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Rendering.Incremental;

/// <summary>
/// What one render at build time leaves for the next (<c>obj/briefings/render-memo.json</c>), so an edit re-renders only
/// the outputs that read a changed fact, as the watch loop does in memory: a digest of everything else a render reads
/// (<see cref="InputsDigest"/>), the model's signature, each fact's digest, and per output its bytes' digest and the
/// facts it read. An output is taken from disk only if its bytes still have that digest; anything else (no memo, a
/// damaged one, other templates, strings, versions, options or tool) renders everything, so a stale output can only
/// come from a fact read without being tracked, which the watch loop's tests rule out.
/// </summary>
public sealed record RenderMemo(
    int Format,
    string Inputs,
    string Signature,
    IReadOnlyList<string> FactKeys,
    IReadOnlyList<string> FactDigests,
    IReadOnlyList<RenderMemo.OutputRecord> Outputs)
{
    /// <summary>Written into every memo; a memo of another format is not read.</summary>
    public const int CurrentFormat = 1;

    /// <summary>One output: its name, its text's digest, the facts it read (indices into <see cref="FactKeys"/>).</summary>
    public sealed record OutputRecord(string Name, string Digest, IReadOnlyList<int> Facts);

    /// <summary>
    /// The memo of a successful render, or null if it has nothing to offer (it failed, or it kept no fact digests).
    /// An output that gave warnings is left out: taking it from disk would not report them again.
    /// </summary>
    public static RenderMemo? Of(RenderResult result, string inputs)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded || result.FactDigests is not { } digests)
        {
            return null;
        }

        var keys = digests.Keys.Order(StringComparer.Ordinal).ToList();
        var index = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var outputs = result.Files
            .Where(f => result.Dependencies.TryGetValue(f.Name, out var read) && read.Warnings.Count == 0)
            .Select(f => new OutputRecord(f.Name, Digest(f.Content), result.Dependencies[f.Name].Facts.Where(index.ContainsKey).Select(k => index[k]).Order().ToList()))
            .ToList();
        return new RenderMemo(CurrentFormat, inputs, result.ModelSignature, keys, keys.Select(k => digests[k]).ToList(), outputs);
    }

    /// <summary>Reads a memo; null if there is none or it cannot be used (damaged, another format): the render then renders everything.</summary>
    public static RenderMemo? Read(string path)
    {
        try
        {
            var memo = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), RenderMemoJson.Default.RenderMemo) : null;
            // Deserialised records may hold nulls where their types say none can be: a hand-edited memo is not trusted.
            return memo is { Format: CurrentFormat, FactKeys: { } keys, FactDigests: { } digests, Outputs: { } outputs, Inputs: not null, Signature: not null }
                && keys.Count == digests.Count && keys.All(k => k is not null) && digests.All(d => d is not null)
                && outputs.All(o => o is { Name: not null, Digest: not null, Facts: { } read } && read.All(i => i >= 0 && i < keys.Count))
                ? memo
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the memo atomically.</summary>
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Rendering.Output.AtomicFiles.Write(path, JsonSerializer.Serialize(this, RenderMemoJson.Default.RenderMemo));
    }

    /// <summary>
    /// The request with this memo's render as <see cref="RenderRequest.Previous"/>, if it was made from the same
    /// <paramref name="inputs"/>: each output whose file in <paramref name="outputFolder"/> still has its digest, what it
    /// read, and the facts' digests, from which the renderer works out which facts changed. Otherwise the request as it is.
    /// </summary>
    public RenderRequest Apply(RenderRequest request, string inputs, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(Inputs, inputs, StringComparison.Ordinal))
        {
            return request;
        }

        var files = new List<RenderedFile>();
        var dependencies = new Dictionary<string, OutputDependencies>(StringComparer.Ordinal);
        foreach (var output in Outputs)
        {
            var path = Path.Combine(outputFolder, output.Name);
            if (Path.GetFileName(output.Name) == output.Name && ReadText(path) is { } text && Digest(text) == output.Digest)
            {
                files.Add(new RenderedFile(output.Name, text));
                dependencies[output.Name] = new OutputDependencies(output.Facts.Select(i => FactKeys[i]).ToHashSet(StringComparer.Ordinal), []);
            }
        }

        var facts = FactKeys.Zip(FactDigests).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return request with
        {
            Previous = new RenderResult(files, []) { Dependencies = dependencies, ModelSignature = Signature },
            PreviousFactDigests = facts,
        };
    }

    /// <summary>
    /// Everything but the facts that decides what a render writes: the templates folder's files, the published versions'
    /// files, the request's options, the model's schema and languages, and this renderer's build.
    /// </summary>
    public static string InputsDigest(RenderRequest request, string? versionsFolder)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder();
        text.Append("renderer ").Append(typeof(RenderMemo).Assembly.ManifestModule.ModuleVersionId).Append(' ')
            .Append(typeof(Scriban.Template).Assembly.ManifestModule.ModuleVersionId).Append('\n')
            .Append("schema ").Append(request.Model.SchemaFingerprint).Append(' ').AppendJoin(',', request.Model.Languages).Append('\n')
            .Append("options ").Append(request.Slug).Append(' ').Append(request.PageSize).Append(' ').Append(request.LoopLimit)
            .Append(' ').Append(request.OutputLimit).Append(' ').Append(request.MemoryLimit).Append(' ').Append(request.Timeout?.Ticks).Append('\n');
        AppendFolder(text, "templates", request.TemplatesDirectory);
        if (versionsFolder is not null)
        {
            AppendFolder(text, "versions", versionsFolder);
        }

        return Digest(text.ToString());
    }

    /// <summary>A text's digest: SHA-256 of its UTF-8, the first 16 bytes in hex.</summary>
    public static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    private static void AppendFolder(StringBuilder text, string label, string folder)
    {
        text.Append(label).Append('\n');
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            text.Append(Path.GetRelativePath(folder, file).Replace('\\', '/')).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append('\n');
        }
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(RenderMemo))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class RenderMemoJson : JsonSerializerContext;
