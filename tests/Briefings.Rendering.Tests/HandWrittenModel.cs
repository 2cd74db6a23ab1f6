using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;

namespace Briefings.Rendering.Tests;

/// <summary>
/// A model written by hand for tests (hostile text, paging at scale), meeting the same contract as a generated one:
/// the renderer cannot tell them apart, which is the point of the contract.
/// </summary>
internal sealed class HandWrittenModel(IReadOnlyList<string> languages, params IFactKind[] kinds) : IFactModel
{
    public string? Slug => null;

    public IReadOnlyList<string> Languages { get; } = languages;

    public string SchemaFingerprint => "hand-written";

    public IReadOnlyList<IFactKind> Kinds { get; } = kinds;

    public IReadOnlyList<IFact> All => Kinds.SelectMany(k => k.Facts).ToArray();
}

/// <summary>Builds descriptors the way the generator writes them: fields indexed in declaration order.</summary>
internal static class Describe
{
    public static RecordDescriptor Kind(string name, string typeName, string catalogName, params FieldDescriptor[] fields) => new(name, typeName, catalogName, fields);

    public static RecordDescriptor Struct(string name, string typeName, params FieldDescriptor[] fields) => new(name, typeName, null, fields);

    /// <summary>A field; <paramref name="member"/> is the C# property, the schema name is its kebab-case.</summary>
    public static FieldDescriptor Field(int index, string member, FieldType type, bool list = false, string? target = null, FieldRole role = FieldRole.None)
        => new(index, string.Concat(member.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())), member, type, list, true, target, role, Array.Empty<string>());
}
