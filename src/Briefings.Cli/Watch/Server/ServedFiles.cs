using System;
using System.IO;

namespace Briefings.Cli.Watch.Server;

/// <summary>
/// Which file a URL path names: only a regular file inside the briefings folder, reached without following any
/// symbolic link or other reparse point (a link could lead anywhere: <c>ln -s /etc/passwd briefings/x.md</c>).
/// </summary>
internal static class ServedFiles
{
    /// <summary>The file's full path, or null for anything else (outside, hidden, a link, a folder, a name no file can have).</summary>
    public static string? Resolve(string root, string? decodedPath)
    {
        if (string.IsNullOrEmpty(decodedPath) || decodedPath.Length > 1024)
        {
            return null;
        }

        var current = root;
        foreach (var part in decodedPath.TrimStart('/').Split('/'))
        {
            if (!IsPlainName(part))
            {
                return null;
            }

            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists || info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                return null;
            }
        }

        return current != root && File.Exists(current) && !Directory.Exists(current) ? current : null;
    }

    /// <summary>A name of one path step: no dot files, no '..', no separators or control characters of any system.</summary>
    private static bool IsPlainName(string part)
    {
        if (part.Length == 0 || part[0] == '.')
        {
            return false;
        }

        foreach (var c in part)
        {
            if (char.IsControl(c) || c is '\\' or ':' || char.IsSurrogate(c) || c == '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }
}
