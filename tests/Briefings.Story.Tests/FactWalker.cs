using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Briefings.Runtime;

namespace Briefings.Story.Tests;

/// <summary>
/// Walks every value of every fact by reflection: properties of records, items of lists, fields of
/// structs. Finds the localized texts, the references and the citations wherever they sit, so a
/// field added to the schema tomorrow is checked without touching these tests.
/// </summary>
internal static class FactWalker
{
    /// <summary>Every value reachable from <paramref name="fact"/>, with a path naming where it sits.</summary>
    public static IEnumerable<(string Path, object Value)> Values(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Walk(fact, $"{fact.Kind}/{fact.Id}", depth: 0, isRoot: true);
    }

    public static IEnumerable<(string Path, LocalizedText Text)> LocalizedTexts(IFact fact) =>
        Values(fact).Where(v => v.Value is LocalizedText).Select(v => (v.Path, (LocalizedText)v.Value));

    /// <summary>Every <c>Ref&lt;T&gt;</c> value (boxed), found by its generic type definition.</summary>
    public static IEnumerable<(string Path, object Ref)> Refs(IFact fact) =>
        Values(fact).Where(v => IsRef(v.Value.GetType()));

    public static bool IsRef(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Ref<>);

    /// <summary>Resolves a boxed <c>Ref&lt;T&gt;</c> through its <c>Value</c> property (throws if it dangles).</summary>
    public static IFact Resolve(object reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var property = reference.GetType().GetProperty("Value") ?? throw new InvalidOperationException("A Ref<T> without Value.");
        try
        {
            return (IFact)property.GetValue(reference)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static IEnumerable<(string Path, object Value)> Walk(object value, string path, int depth, bool isRoot)
    {
        if (depth > 8)
        {
            yield break;
        }

        if (!isRoot)
        {
            yield return (path, value);
        }

        if (value is string || value is LocalizedText || value is IFact && !isRoot || IsRef(value.GetType()) || IsLeaf(value.GetType()))
        {
            yield break;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    foreach (var inner in Walk(item, $"{path}[{i}]", depth + 1, isRoot: false))
                    {
                        yield return inner;
                    }
                }

                i++;
            }

            yield break;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            var inner = property.GetValue(value);
            if (inner is null)
            {
                continue;
            }

            foreach (var found in Walk(inner, $"{path}.{property.Name}", depth + 1, isRoot: false))
            {
                yield return found;
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(Uri)
        || type == typeof(FactDate) || type == typeof(Money) || type == typeof(Percent) || type == typeof(DateOnly)
        || (Nullable.GetUnderlyingType(type) is { } underlying && IsLeaf(underlying));
}
