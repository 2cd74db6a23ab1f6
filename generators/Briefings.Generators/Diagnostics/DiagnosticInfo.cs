using System.Linq;
using Briefings.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace Briefings.Generators.Diagnostics;

/// <summary>
/// A diagnostic as plain values (descriptor id, place, message arguments), so it can travel through the
/// cached pipeline; it becomes a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, LocationInfo also, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToEquatableArray(), new EquatableArray<LocationInfo>(new[] { also }));

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        return Diagnostic.Create(
            descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            AdditionalLocations.Select(l => l.ToLocation()),
            Arguments.Cast<object>().ToArray());
    }
}
