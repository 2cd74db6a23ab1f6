using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Runtime;

namespace Briefings.Rendering.Versions;

/// <summary>
/// When a version was published: a date at the precision the editor or the story's metadata gives (<c>2025-01</c>,
/// <c>2025-01-28</c>), or an instant in UTC to the second (<c>2025-01-28T09:00:00Z</c>). Never read from a clock.
/// Ordered by the first instant it can stand for, then by precision, as <see cref="FactDate"/> is.
/// </summary>
public readonly partial record struct VersionTime : IComparable<VersionTime>
{
    private VersionTime(FactDate date, TimeOnly? time)
    {
        Date = date;
        Time = time;
    }

    /// <summary>The day, month or year.</summary>
    public FactDate Date { get; }

    /// <summary>The time of day in UTC, or null for a date alone.</summary>
    public TimeOnly? Time { get; }

    /// <summary>The first instant the time can stand for (midnight UTC for a date alone): Atom's <c>updated</c>.</summary>
    public DateTimeOffset Instant => new(Date.Start.ToDateTime(Time ?? TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A date alone (a fact's date).</summary>
    public static VersionTime Of(FactDate date) => new(date, null);

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>YYYY-MM-DDTHH:MM[:SS]Z</c> (UTC only: an offset would make the
    /// same moment two texts); null with the reason otherwise.
    /// </summary>
    public static VersionTime? Parse(string? text, out string? error)
    {
        error = null;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            error = $"'{text}' is not a time of publication: write a date (2025-01-28, 2025-01) or a UTC time (2025-01-28T09:00:00Z)";
            return null;
        }

        int Part(string name) => int.Parse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        try
        {
            var year = Part("y");
            var date = !match.Groups["m"].Success ? new FactDate(year)
                : !match.Groups["d"].Success ? new FactDate(year, Part("m"))
                : new FactDate(year, Part("m"), Part("d"));
            if (!match.Groups["h"].Success)
            {
                return new VersionTime(date, null);
            }

            return new VersionTime(date, new TimeOnly(Part("h"), Part("min"), match.Groups["s"].Success ? Part("s") : 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            error = $"'{text}' is not a real date or time";
            return null;
        }
    }

    public int CompareTo(VersionTime other)
    {
        var byInstant = Instant.CompareTo(other.Instant);
        return byInstant != 0 ? byInstant : Precision.CompareTo(other.Precision);
    }

    private int Precision => Time is null ? (int)Date.Precision : 3;

    /// <summary>True when both stand for the same first instant: two versions so published could not be ordered.</summary>
    public bool SameMoment(VersionTime other) => Instant == other.Instant;

    /// <summary>The text <see cref="Parse"/> reads: <c>2025-01</c>, <c>2025-01-28T09:00:00Z</c>.</summary>
    public override string ToString() => Time is { } time
        ? Date.ToString() + "T" + time.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture) + "Z"
        : Date.ToString();

    /// <summary>A file name and HTML id part: the text with colons as hyphens (<c>2025-01-28T09-00-00Z</c>), valid on every file system.</summary>
    public string Slug => ToString().Replace(':', '-');

    /// <summary>RFC 3339, as Atom wants it: <c>2025-01-28T09:00:00Z</c>, midnight for a date alone.</summary>
    public string Rfc3339 => Instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    public static bool operator <(VersionTime left, VersionTime right) => left.CompareTo(right) < 0;

    public static bool operator >(VersionTime left, VersionTime right) => left.CompareTo(right) > 0;

    public static bool operator <=(VersionTime left, VersionTime right) => left.CompareTo(right) <= 0;

    public static bool operator >=(VersionTime left, VersionTime right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2})(T(?<h>\d{2}):(?<min>\d{2})(:(?<s>\d{2}))?Z)?)?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
