using System;

namespace Briefings.Snapshots;

/// <summary>
/// A snapshot differs from its verified file, has none yet, or a verified file is orphaned; the message says which,
/// with the diff and how to accept. Any test framework reports it as a failure with this message.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public SnapshotMismatchException()
    {
    }

    /// <summary>Creates the exception with the failure's message.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure's message and its cause.</summary>
    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
