using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace Briefings.Snapshots;

/// <summary>
/// Snapshot testing the Verify way, kept small (the Verify package is not served here):
/// <c>&lt;Class&gt;.&lt;Test&gt;[.&lt;name&gt;].verified.&lt;ext&gt;</c> files are committed beside the test;
/// on a mismatch a <c>.received.</c> file is written (git-ignored) and the failure shows a unified diff that names
/// the changed lines. Set <c>BRIEFINGS_ACCEPT_SNAPSHOTS=1</c> to accept received output; CI never sets it.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that accepts received output as verified (<c>1</c> or <c>true</c>).</summary>
    public const string AcceptVariable = "BRIEFINGS_ACCEPT_SNAPSHOTS";

    /// <summary>Whether this run accepts received output (<see cref="AcceptVariable"/> is set).</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>Compares <paramref name="actual"/> with the verified file for the calling test.</summary>
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        SnapshotFile.Compare(SnapshotFile.VerifiedPath(testFile, testName, name, extension), actual);
    }

    /// <summary>
    /// Compares a set of named outputs (generated files, say): one verified file per entry, and no
    /// verified file of this extension may be left over for an entry that no longer exists.
    /// </summary>
    public static void VerifyAll(
        IEnumerable<(string Name, string Content)> outputs,
        string extension = "txt",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(outputs);
        SnapshotFile.CompareSet(outputs.Select(o => (o.Name, extension, o.Content)), "*.verified." + extension, testFile, testName);
    }

    /// <summary>
    /// Compares every file under <paramref name="folder"/> (a story's <c>briefings/</c>, say) with its verified file
    /// <c>&lt;Class&gt;.&lt;Test&gt;.&lt;file name without its extension&gt;.verified.&lt;extension&gt;</c>
    /// (<c>mystory.en.html</c>: <c>BriefingTests.Briefings.mystory.en.verified.html</c>). A verified file of the test
    /// that no file produces any more is an orphan and fails the test. An empty or missing folder fails too: a
    /// snapshot of nothing asserts nothing.
    /// </summary>
    public static void VerifyFolder(
        string folder,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            : [];
        if (files.Length == 0)
        {
            throw new SnapshotMismatchException($"No files in {folder} to verify: build the story first (dotnet build renders its briefings there).");
        }

        SnapshotFile.CompareSet(files.Select(Entry), "*.verified.*", testFile, testName);

        (string Name, string Extension, string Content) Entry(string path)
        {
            var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '.');
            var extension = Path.GetExtension(relative);
            return extension.Length > 1
                ? (relative[..^extension.Length], extension[1..], File.ReadAllText(path, Encoding.UTF8))
                : (relative, "txt", File.ReadAllText(path, Encoding.UTF8));
        }
    }

    /// <summary>A unified-style diff naming each changed line by its number: <c>- line 12: old</c>, <c>+ line 12: new</c>.</summary>
    public static string Diff(string expected, string actual) => SnapshotDiff.Of(expected, actual);
}
