using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Briefings.Rendering.Diagnostics;

namespace Briefings.Rendering.Output;

/// <summary>
/// Replaces a set of briefings as one transaction: after it, the folder holds every new file or none of them.
/// Every file is first written to a temp beside its target (<c>.name.briefings-tmp</c>); a failure there deletes the
/// temps and changes nothing. Then a journal (<c>.briefings-commit</c>) names every step, and each temp is renamed over
/// its target, the old file kept as <c>.name.briefings-old</c>; a failed rename (a locked file, a folder in the way)
/// puts the old files back. A process killed between two renames leaves the journal: the next run rolls the commit
/// forward (every temp is complete before the journal exists) or finishes the roll-back it names, and deletes every
/// temp and backup of ours. One writer per folder at a time: a lock file in the system's temp folder, named by a hash
/// of the output folder's path (so the output folder holds nothing but briefings), released by the system if the
/// process dies.
/// </summary>
public static class OutputSet
{
    public const string TempSuffix = ".briefings-tmp";
    public const string BackupSuffix = ".briefings-old";
    public const string JournalName = ".briefings-commit";

    private static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>Test hook: called with the folder and each step before it is done; an exception thrown here stands for a crash (nothing is undone).</summary>
    internal static Action<string, string>? BeforeStep { get; set; }

    /// <summary>Writes <paramref name="files"/> and deletes <paramref name="deletions"/> (names in the folder) all together, or not at all.</summary>
    public static IReadOnlyList<RenderDiagnostic> Replace(string directory, IReadOnlyList<RenderedFile> files, IReadOnlyCollection<string> deletions, string displayDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(deletions);
        FileStream? held = null;
        try
        {
            Directory.CreateDirectory(directory);
            held = Lock(directory);
            Recover(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            held?.Dispose();
            return [RenderDiagnostics.OutputWriteFailed.NoLocation(displayDirectory, ex.Message)];
        }

        using (held)
        {
            var failed = WriteTemps(directory, files, displayDirectory);
            if (failed is not null)
            {
                return [failed];
            }

            var steps = files.Select(f => new Step(f.Name, Write: true, File.Exists(Path.Combine(directory, f.Name))))
                .Concat(deletions.Where(d => File.Exists(Path.Combine(directory, d))).Select(d => new Step(d, Write: false, Existed: true)))
                .ToList();
            return Commit(directory, steps, displayDirectory);
        }
    }

    /// <summary>Finishes or undoes what an interrupted run left (by its journal) and deletes every temp and backup of ours.</summary>
    public static void Recover(string directory)
    {
        var journal = Path.Combine(directory, JournalName);
        if (File.Exists(journal))
        {
            var lines = File.ReadAllLines(journal);
            var steps = lines.Skip(1).Select(Step.Parse).ToList();
            if (lines.Length > 0 && lines[0] == "commit")
            {
                foreach (var step in steps)
                {
                    Forward(directory, step);
                }
            }
            else
            {
                foreach (var step in steps)
                {
                    Back(directory, step);
                }
            }

            DeleteLeftovers(directory);
            File.Delete(journal);
        }

        DeleteLeftovers(directory);
    }

    private static RenderDiagnostic? WriteTemps(string directory, IReadOnlyList<RenderedFile> files, string displayDirectory)
    {
        foreach (var file in files)
        {
            try
            {
                BeforeStep?.Invoke(directory, "temp " + file.Name);
                WriteFlushed(Path.Combine(directory, Temp(file.Name)), file.Content);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                DeleteLeftovers(directory);
                return RenderDiagnostics.OutputWriteFailed.NoLocation(displayDirectory + "/" + file.Name, ex.Message);
            }
        }

        return null;
    }

    private static IReadOnlyList<RenderDiagnostic> Commit(string directory, List<Step> steps, string displayDirectory)
    {
        var journal = Path.Combine(directory, JournalName);
        var done = new List<Step>();
        Step? current = null;
        try
        {
            BeforeStep?.Invoke(directory, "journal");
            WriteJournal(journal, "commit", steps);
            foreach (var step in steps)
            {
                current = step;
                BeforeStep?.Invoke(directory, (step.Write ? "rename " : "delete ") + step.Name);
                Forward(directory, step);
                done.Add(step);
            }

            BeforeStep?.Invoke(directory, "clean");
            DeleteLeftovers(directory);
            File.Delete(journal);
            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var failed = RenderDiagnostics.OutputWriteFailed.NoLocation(displayDirectory + "/" + (current?.Name ?? JournalName), ex.Message);
            try
            {
                // The journal says "roll back" before anything is undone, so a crash now is undone by the next run.
                WriteJournal(journal, "rollback", done);
                done.Reverse();
                foreach (var step in done)
                {
                    Back(directory, step);
                }

                DeleteLeftovers(directory);
                File.Delete(journal);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                return [failed, RenderDiagnostics.OutputWriteFailed.NoLocation(displayDirectory, "undoing the partial write failed too (" + again.Message + "); the next build finishes undoing it")];
            }

            return [failed];
        }
    }

    /// <summary>Does one step; idempotent, so a roll-forward may repeat steps already done.</summary>
    private static void Forward(string directory, Step step)
    {
        var target = Path.Combine(directory, step.Name);
        var temp = Path.Combine(directory, Temp(step.Name));
        var backup = Path.Combine(directory, Backup(step.Name));
        if (!step.Write)
        {
            if (File.Exists(target))
            {
                File.Move(target, backup, overwrite: true);
            }
        }
        else if (File.Exists(temp))
        {
            if (step.Existed && File.Exists(target))
            {
                File.Replace(temp, target, backup, ignoreMetadataErrors: true); // the old file stays as the backup until the end
            }
            else
            {
                File.Move(temp, target, overwrite: false);
            }
        }
    }

    /// <summary>Undoes one step: the old file back from its backup, or a new file removed.</summary>
    private static void Back(string directory, Step step)
    {
        var target = Path.Combine(directory, step.Name);
        var backup = Path.Combine(directory, Backup(step.Name));
        if (File.Exists(backup))
        {
            File.Move(backup, target, overwrite: true);
        }
        else if (step.Write && !step.Existed && File.Exists(target))
        {
            File.Delete(target);
        }
    }

    /// <summary>Deletes our temps and backups (and the <c>.name.guid.tmp</c> files of earlier versions).</summary>
    private static void DeleteLeftovers(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, ".*"))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(TempSuffix, StringComparison.Ordinal) || name.EndsWith(BackupSuffix, StringComparison.Ordinal) || IsOldTemp(name))
            {
                File.Delete(path);
            }
        }
    }

    private static bool IsOldTemp(string name)
        => name.Length > 38 && name.EndsWith(".tmp", StringComparison.Ordinal) && name[^37] == '.'
            && !name.AsSpan(name.Length - 36, 32).ContainsAnyExcept(Hex);

    private static FileStream Lock(string directory)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Exclusive: a second build into the same folder waits here (an advisory lock on Unix, dropped with the process).
                return new FileStream(LockPath(directory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static string LockPath(string directory)
    {
        var key = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory)));
        return Path.Combine(Path.GetTempPath(), "briefings-" + Convert.ToHexStringLower(key.AsSpan(0, 8)) + ".lock");
    }

    private static void WriteJournal(string journal, string state, IEnumerable<Step> steps)
    {
        var temp = journal + TempSuffix;
        WriteFlushed(temp, state + "\n" + string.Concat(steps.Select(s => s.Format() + "\n")));
        File.Move(temp, journal, overwrite: true);
    }

    private static void WriteFlushed(string path, string content)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        stream.Write(bytes, 0, bytes.Length);
        stream.Flush(flushToDisk: true);
    }

    private static string Temp(string name) => "." + name + TempSuffix;

    private static string Backup(string name) => "." + name + BackupSuffix;

    /// <summary>One step of a commit: write (rename a temp in) or delete a name; whether a file was there before.</summary>
    private sealed record Step(string Name, bool Write, bool Existed)
    {
        public static Step Parse(string line)
        {
            var parts = line.Split(' ', 3);
            return new Step(parts[2], parts[0] == "write", parts[1] == "1");
        }

        public string Format() => (Write ? "write " : "delete ") + (Existed ? "1 " : "0 ") + Name;
    }
}
