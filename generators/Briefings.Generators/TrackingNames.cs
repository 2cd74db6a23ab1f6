namespace Briefings.Generators;

/// <summary>Names of the pipeline steps, so tests can assert what ran and what was cached.</summary>
public static class TrackingNames
{
    public const string FactFiles = nameof(FactFiles);
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string Schema = nameof(Schema);
    public const string SchemaModel = nameof(SchemaModel);
    public const string BindFactFile = nameof(BindFactFile);
    public const string FileIndex = nameof(FileIndex);
    public const string FileFacts = nameof(FileFacts);
    public const string CrossFileChecks = nameof(CrossFileChecks);
    public const string Catalog = nameof(Catalog);
}
