using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Briefings.Testing;

/// <summary>
/// Snapshot testing the Verify way, kept small (the Verify package is not served here):
/// <c>&lt;Class&gt;.&lt;Test&gt;[.&lt;name&gt;].verified.&lt;ext&gt;</c> files are committed beside the test;
/// on a mismatch a <c>.received.</c> file is written (git-ignored) and the failure shows a unified diff.
/// Set <c>BRIEFINGS_ACCEPT_SNAPSHOTS=1</c> to accept received output; CI never sets it.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "BRIEFINGS_ACCEPT_SNAPSHOTS";

    /// <summary>Compares <paramref name="actual"/> with the verified file for the calling test.</summary>
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        var path = VerifiedPath(testFile, testName, name, extension);
        Compare(path, Normalize(actual));
    }

    /// <summary>
    /// Compares a set of named outputs (generated files, say): one verified file per entry, and no
    /// verified file may be left over for an entry that no longer exists.
    /// </summary>
    public static void VerifyAll(
        IEnumerable<(string Name, string Content)> outputs,
        string extension = "txt",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (name, content) in outputs.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            var path = VerifiedPath(testFile, testName, name, extension);
            expected.Add(Path.GetFileName(path));
            try
            {
                Compare(path, Normalize(content));
            }
            catch (XunitException ex)
            {
                failures.Add(ex.Message);
            }
        }

        var prefix = Prefix(testFile, testName) + ".";
        var directory = Path.GetDirectoryName(testFile)!;
        foreach (var orphan in Directory.EnumerateFiles(directory, prefix + "*.verified." + extension)
                     .Select(Path.GetFileName)
                     .Where(f => !expected.Contains(f!))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            if (Accepting)
            {
                File.Delete(Path.Combine(directory, orphan!));
            }
            else
            {
                failures.Add($"Orphaned snapshot {orphan}: nothing produces it any more. Delete it, or run with {AcceptVariable}=1.");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    private static void Compare(string verifiedPath, string actual)
    {
        var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (Accepting)
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)} yet. Review {Path.GetFileName(receivedPath)}, then accept it with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (received output in {Path.GetFileName(receivedPath)}; accept with {AcceptVariable}=1):\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    /// <summary>A unified-style diff, at most 60 changed lines, so a failure stays readable.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < model.Lines.Count && shown < 60; i++)
        {
            var line = model.Lines[i];
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (prefix is null)
            {
                continue;
            }

            builder.Append(prefix).Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }

    private static string VerifiedPath(string testFile, string testName, string? name, string extension)
    {
        var fileName = Prefix(testFile, testName) + (name is null ? string.Empty : "." + Sanitize(name)) + ".verified." + extension;
        return Path.Combine(Path.GetDirectoryName(testFile)!, fileName);
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
