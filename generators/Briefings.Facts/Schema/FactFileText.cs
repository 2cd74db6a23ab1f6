namespace Briefings.Facts.Schema;

/// <summary>
/// A fact or schema file's text and its stable key (its path relative to the facts folder, with '/'):
/// what the schema reader and the binder read. A pipeline model (strings only; see SchemaModel.cs).
/// </summary>
public sealed record FactFileText(string Path, string FileKey, string? Text);
