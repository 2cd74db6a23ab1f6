using System;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Briefings.Generators.Tests.Architecture;

/// <summary>
/// Rooms a newcomer can read: no source file of src/ or generators/ over 400 lines, no method (or constructor,
/// accessor, local function) over 80. Measured on the syntax tree, so comments and blank lines inside count too.
/// </summary>
public class RoomSizeTests
{
    public const int MaxFileLines = 400;
    public const int MaxMethodLines = 80;

    private static string[] Sources() => new[] { "src", "generators" }
        .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void No_source_file_is_longer_than_400_lines()
    {
        var sources = Sources();
        Assert.True(sources.Length > 50, "the scan found too few files: " + sources.Length);
        var long_ = sources
            .Select(p => (Path: Path.GetRelativePath(RepositoryPaths.Root, p), Lines: File.ReadAllLines(p).Length))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{f.Path}: {f.Lines} lines")
            .ToList();
        Assert.True(long_.Count == 0, "Split these along their responsibilities:\n" + string.Join("\n", long_));
    }

    [Fact]
    public void No_method_is_longer_than_80_lines()
    {
        var long_ = Sources().SelectMany(path => LongMembers(Path.GetRelativePath(RepositoryPaths.Root, path), File.ReadAllText(path))).ToList();
        Assert.True(long_.Count == 0, "Split these into steps with names:\n" + string.Join("\n", long_));
    }

    [Fact]
    public void The_method_check_finds_a_long_method()
    {
        var body = string.Concat(Enumerable.Repeat("        x++;\n", MaxMethodLines));
        var source = "class C\n{\n    void Long()\n    {\n        var x = 0;\n" + body + "    }\n\n    void Short() { }\n}\n";

        Assert.Equal(["c.cs(3): Long is 84 lines"], LongMembers("c.cs", source));
    }

    private static string[] LongMembers(string path, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        return root.DescendantNodes()
            .Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax)
            .Select(n => (Node: n, Span: n.GetLocation().GetLineSpan()))
            .Select(m => (m.Node, Line: m.Span.StartLinePosition.Line + 1, Lines: m.Span.EndLinePosition.Line - m.Span.StartLinePosition.Line + 1))
            .Where(m => m.Lines > MaxMethodLines)
            .Select(m => $"{path}({m.Line}): {Name(m.Node)} is {m.Lines} lines")
            .ToArray();
    }

    private static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax method => method.Identifier.Text,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax local => local.Identifier.Text,
        AccessorDeclarationSyntax accessor => accessor.Keyword.Text + " accessor",
        _ => node.Kind().ToString(),
    };
}
