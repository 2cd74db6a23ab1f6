using System.Collections.Generic;
using Briefings.Facts.Diagnostics;

namespace Briefings.Facts.Schema;

/// <summary>What the schema files have declared so far, read in file-key order; <see cref="SchemaResolver"/> turns it into the model.</summary>
internal sealed class SchemaState
{
    public int Files { get; set; }

    public string? Namespace { get; set; }

    public string? Catalog { get; set; }

    /// <summary>Where the catalog was named, for errors the whole schema reveals (a kind's class of the same name).</summary>
    public LocationInfo? CatalogLocation { get; set; }

    public string? Slug { get; set; }

    public List<string>? Languages { get; set; }

    /// <summary><c>extra-languages:</c> as declared, each where it was written (the overlap with <c>languages:</c> is checked once all files are read).</summary>
    public List<(string Tag, LocationInfo Location)> ExtraLanguages { get; } = new();

    public List<DeclaredType> Kinds { get; } = new();

    public List<DeclaredType> Structs { get; } = new();

    /// <summary>Kinds and structs declared but left out (each reported where it is declared): who uses one says nothing more.</summary>
    public List<string> BrokenKinds { get; } = new();

    /// <summary>The names under every <c>structs:</c> read so far, including those whose declaration is still to be read.</summary>
    public HashSet<string> StructNames { get; } = new(System.StringComparer.Ordinal);

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public void Report(LocationInfo location, string message)
        => Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaError, location, message));
}

/// <summary>A ref's kind or a struct's name, checked once every schema file is read (it may be declared later).</summary>
internal sealed record PendingTarget(FieldModel Field, LocationInfo Location);

/// <summary>A kind or struct as declared, where, the targets its fields name, and its labels as written.</summary>
internal sealed record DeclaredType(TypeModel Model, LocationInfo Location, List<PendingTarget> Targets, List<LabelSite> Labels)
{
    /// <summary>Its declared checks that reach other kinds, each where it is written (see <see cref="ChecksResolver"/>).</summary>
    public List<CheckSite> CheckSites { get; init; } = new();
}

/// <summary>A date-order or citation rule that names another kind's field, checked once every schema file is read.</summary>
internal sealed record CheckSite(DateOrderRule? DateOrder, CitationRule? Citation, LocationInfo Location);
