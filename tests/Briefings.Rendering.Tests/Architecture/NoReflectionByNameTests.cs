using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Architecture;

/// <summary>
/// Everything under src/ reads the generated model through the runtime's contract (IFactModel, IFactRecord), so a
/// change to the generated code that breaks a reader breaks its compilation. Looking a member up by name, or
/// walking a type's members, would move that failure to run time; this test keeps it out.
/// </summary>
public partial class NoReflectionByNameTests
{
    [GeneratedRegex(@"\.(GetProperty|GetProperties|GetMethod|GetMethods|GetField|GetFields|GetMember|GetMembers|GetNestedType|GetNestedTypes|GetEvent|GetTypes|InvokeMember|GetRawConstantValue)\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex MemberLookup();

    [Fact]
    public void No_source_file_under_src_looks_up_or_walks_members_by_reflection()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);

        var found = sources
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(x => MemberLookup().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, x.path)}({x.number}): {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Read the model through Briefings.Runtime's contract instead:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("catalog.GetProperty(\"All\")", true)]
    [InlineData("type.GetMethod (\"ToSchemaValue\", flags)", true)]
    [InlineData("t.Assembly.GetTypes()", true)]
    [InlineData("catalog.GetField(\"SchemaFingerprint\")?.GetRawConstantValue()", true)]
    [InlineData("document.RootElement.TryGetProperty(language, out var block)", false)]
    [InlineData("record.GetValue(field)", false)]
    public void The_check_finds_member_lookups_and_leaves_json_and_the_contract_alone(string line, bool isLookup)
        => Assert.Equal(isLookup, MemberLookup().IsMatch(line));
}
