using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;

namespace Briefings.Facts.Binding;

// Pipeline models: records of strings, numbers and EquatableArrays only (see SchemaModel.cs).

/// <summary>
/// One fact, ready to emit and free of locations, so a blank line added to its file re-emits nothing.
/// <see cref="Data"/> is its compact data block (<see cref="Emit.FactData"/>): the id, then each field in schema order.
/// </summary>
public sealed record FactSpec(string Kind, string Id, string MemberName, string FileKey, string Data);

/// <summary>Where a fact's id is declared: for duplicate and collision checks across files.</summary>
public sealed record FactDeclaration(string Kind, string Id, string MemberName, LocationInfo Location);

/// <summary>A reference to another fact, checked once every file is bound.</summary>
public sealed record FactReference(string Field, string TargetKind, string Id, LocationInfo Location);

/// <summary>A value a declared check reads: its data lines (compared), its text as written (for messages), and where.</summary>
public sealed record CheckedValue(string Field, string Data, string Written, LocationInfo Location);

/// <summary>
/// What the schema's declared checks (identity and agreement, date order, required citations, disputes) need of one fact:
/// only the fields they read (<see cref="Schema.KindChecks.Indexed"/>); <see cref="Cited"/> the facts its citations name
/// (<c>kind/id</c>), <see cref="Disputes"/> those its <c>role: disputes</c> fields list.
/// </summary>
public sealed record CheckedFact(
    string Kind,
    string Id,
    LocationInfo Location,
    EquatableArray<CheckedValue> Values,
    EquatableArray<string> Cited,
    LocationInfo CitationsLocation,
    EquatableArray<string> Disputes)
{
    public string Key => Kind + "/" + Id;

    public CheckedValue? Value(string field)
    {
        foreach (var value in Values)
        {
            if (value.Field == field)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>What the cross-file checks need of one file.</summary>
public sealed record FileIndex(string FileKey, EquatableArray<FactDeclaration> Declarations, EquatableArray<FactReference> References)
{
    /// <summary>The facts the schema's declared checks read (see <see cref="CheckedFact"/>); empty for kinds that declare none.</summary>
    public EquatableArray<CheckedFact> Checked { get; init; } = EquatableArray<CheckedFact>.Empty;
}

/// <summary>Everything one fact file yields: facts to emit, its index, and its own diagnostics.</summary>
public sealed record FileBinding(
    string FileKey,
    EquatableArray<FactSpec> Facts,
    FileIndex Index,
    EquatableArray<DiagnosticInfo> Diagnostics);
