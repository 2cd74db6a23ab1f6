using System;
using System.Globalization;
using System.Linq;
using Briefings.Facts.Helpers;

namespace Briefings.Facts.Diagnostics;

/// <summary>
/// A diagnostic as plain values (descriptor id, place, message arguments), so it can travel through the
/// cached pipeline; the generator makes it a Roslyn diagnostic only when it reports it, other hosts print it.
/// </summary>
public sealed record DiagnosticInfo(
    string Id,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    /// <summary>The descriptor of <see cref="Id"/>.</summary>
    public DescriptorInfo Descriptor => DiagnosticDescriptors.ById(Id);

    public Severity Severity => Descriptor.Severity;

    public bool IsError => Severity == Severity.Error;

    /// <summary>The message as the compiler writes it: the descriptor's format filled with the arguments, invariant culture.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.Cast<object>().ToArray());

    public static DiagnosticInfo Create(DescriptorInfo descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DescriptorInfo descriptor, LocationInfo? location, LocationInfo also, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToEquatableArray(), new EquatableArray<LocationInfo>(new[] { also }));

    /// <summary>
    /// The line a build prints, with the file named by <paramref name="displayPath"/> (the location's path by default):
    /// <c>seeds/a.yaml(4,9): error BRF013: …</c>, or <c>error BRF026: …</c> when there is no place.
    /// </summary>
    public string Format(Func<string, string>? displayPath = null)
    {
        var text = (IsError ? "error " : "warning ") + Id + ": " + Message;
        return Location is { } location ? location.Display(displayPath is null ? location.Path : displayPath(location.Path)) + ": " + text : text;
    }
}
