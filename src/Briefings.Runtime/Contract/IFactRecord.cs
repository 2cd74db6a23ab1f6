namespace Briefings.Runtime;

/// <summary>
/// Every generated record, fact or struct: its schema description and its values by field. This is how the renderer,
/// the model JSON and the watch loop read a model without reflection, so a change to the generated code that
/// breaks them breaks their compilation, not a briefing at run time.
/// </summary>
public interface IFactRecord
{
    /// <summary>The kind or struct this record is, with its fields in schema order.</summary>
    RecordDescriptor Descriptor { get; }

    /// <summary>
    /// The value of one of <see cref="Descriptor"/>'s fields, as the typed property holds it (boxed): a list field gives
    /// an <c>IReadOnlyList</c>, a reference a <see cref="Ref{T}"/> (<see cref="IRef"/>), an enumeration its generated enum
    /// (<see cref="FieldDescriptor.EnumWord"/> names it), an absent optional value null.
    /// </summary>
    object? GetValue(FieldDescriptor field);
}

/// <summary>A <see cref="Ref{T}"/> of any kind.</summary>
public interface IRef
{
    /// <summary>The id of the fact referred to.</summary>
    string Id { get; }

    /// <summary>The fact referred to.</summary>
    IFact Target { get; }
}
