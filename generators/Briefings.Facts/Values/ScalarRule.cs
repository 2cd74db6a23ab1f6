using System;

namespace Briefings.Facts.Values;

/// <summary>
/// How one type of scalar is read: its pattern first (the one the JSON Schema export writes), then the checks a
/// pattern cannot make. Gives the value's canonical text, or null; <see cref="Hint"/> then says how to fix it.
/// </summary>
internal sealed class ScalarRule
{
    private readonly Func<string, string?> read;
    private readonly Func<string, string> hint;

    public ScalarRule(string what, ValuePattern pattern, Func<string, string?> read, Func<string, string> hint)
    {
        What = what;
        Pattern = pattern;
        this.read = read;
        this.hint = hint;
    }

    /// <summary>The value's name in a message: "'x' is not a valid <c>date</c> for the field ...".</summary>
    public string What { get; }

    public ValuePattern Pattern { get; }

    /// <summary>The canonical text of <paramref name="text"/>, or null when it is not a value of this type.</summary>
    public string? Read(string text) => Pattern.IsMatch(text) ? read(text) : null;

    /// <summary>How to write <paramref name="text"/> so that it reads.</summary>
    public string Hint(string text) => hint(text);
}
