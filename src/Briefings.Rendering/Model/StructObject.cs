using System;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// A struct value as templates see it (a comparison, a citation): its fields as members, and, hidden from templates,
/// the struct's descriptor, so <c>kind_of</c>, <c>value_label</c> and <c>field_label</c> read its labels as they read a fact's.
/// </summary>
public sealed class StructObject : ScriptObject
{
    public StructObject(RecordDescriptor descriptor)
        : base(8, autoImportStaticsFromThisType: false)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
    }

    [ScriptMemberIgnore]
    public RecordDescriptor Descriptor { get; }
}
