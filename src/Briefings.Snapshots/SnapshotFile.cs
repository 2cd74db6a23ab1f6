using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Briefings.Snapshots;

/// <summary>Verified and received files on disk: naming, comparing, accepting, and the orphan check of a set.</summary>
internal static class SnapshotFile
{
    public static string VerifiedPath(string testFile, string testName, string? name, string extension)
    {
        var fileName = Prefix(testFile, testName) + (name is null ? string.Empty : "." + Sanitize(name)) + ".verified." + extension;
        return Path.Combine(Path.GetDirectoryName(testFile)!, fileName);
    }

    /// <summary>One verified file per entry; then every other verified file of the test matching <paramref name="pattern"/> is an orphan.</summary>
    public static void CompareSet(IEnumerable<(string Name, string Extension, string Content)> outputs, string pattern, string testFile, string testName)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (name, extension, content) in outputs.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Extension, StringComparer.Ordinal))
        {
            var path = VerifiedPath(testFile, testName, name, extension);
            expected.Add(Path.GetFileName(path));
            try
            {
                Compare(path, content);
            }
            catch (SnapshotMismatchException ex)
            {
                failures.Add(ex.Message);
            }
        }

        var directory = Path.GetDirectoryName(testFile)!;
        foreach (var orphan in Directory.EnumerateFiles(directory, Prefix(testFile, testName) + "." + pattern)
                     .Select(f => Path.GetFileName(f))
                     .Where(f => !expected.Contains(f))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            if (Snapshot.Accepting)
            {
                File.Delete(Path.Combine(directory, orphan));
            }
            else
            {
                failures.Add($"Orphaned snapshot {orphan}: nothing produces it any more. Delete it, or run with {Snapshot.AcceptVariable}=1.");
            }
        }

        if (failures.Count > 0)
        {
            throw new SnapshotMismatchException(string.Join("\n\n", failures));
        }
    }

    public static void Compare(string verifiedPath, string actual)
    {
        actual = Normalize(actual);
        var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal) || Snapshot.Accepting)
        {
            if (expected != actual)
            {
                File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            }

            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)} yet. Review {Path.GetFileName(receivedPath)}, then accept it with {Snapshot.AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (received output in {Path.GetFileName(receivedPath)}; accept with {Snapshot.AcceptVariable}=1):\n{SnapshotDiff.Of(expected, actual)}";
        throw new SnapshotMismatchException(message);
    }

    private static string Prefix(string testFile, string testName) => Path.GetFileNameWithoutExtension(testFile) + "." + testName;

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>Snapshots compare with '\n' line ends, whatever the machine or the checkout.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
}
