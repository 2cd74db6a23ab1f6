using System;
using System.IO;
using System.Text;

namespace Briefings.Rendering.Output;

/// <summary>
/// Writes rendered files so that a reader never sees half a file: each goes to a temp file in the same folder,
/// then is renamed over the destination (atomic on one volume). A failure leaves the previous file intact and
/// deletes the temp file. UTF-8 without BOM. For one file (a stamp, a list); a set of briefings is one
/// <see cref="OutputSet"/>.
/// </summary>
public static class AtomicFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Temp file beside <paramref name="path"/>, flushed, then renamed over it.</summary>
    public static void Write(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8.GetBytes(content);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
