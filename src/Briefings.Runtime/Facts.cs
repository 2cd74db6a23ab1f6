using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Briefings.Runtime;

/// <summary>Every generated fact record implements this: a fact has a kind and an id unique within it.</summary>
public interface IFact : IFactRecord
{
    /// <summary>The kind's name as declared in the schema (<c>event</c>, <c>market-move</c>).</summary>
    string Kind { get; }

    /// <summary>The fact's slug id, unique within its kind.</summary>
    string Id { get; }
}

/// <summary>Lets a <see cref="Ref{T}"/> find its target in the generated catalog without reflection.</summary>
public interface IFact<TSelf> : IFact
    where TSelf : class, IFact<TSelf>
{
    /// <summary>The fact of this kind with that id, or null.</summary>
    static abstract TSelf? Find(string id);

    /// <summary>Every fact of this kind, ordered by id (ordinal).</summary>
    static abstract IReadOnlyList<TSelf> FactsOfKind { get; }

    /// <summary>The kind as the schema declared it.</summary>
    static abstract RecordDescriptor KindDescriptor { get; }
}

/// <summary>
/// A typed reference to a fact of kind <typeparamref name="T"/>. The generator has checked that the
/// id resolves, so <see cref="Value"/> navigates to the record. Equality and printing use the id only,
/// so cycles between facts never recurse.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "None declared; the analyzer flags the static abstract call.")]
public readonly record struct Ref<T>(string Id) : IRef
    where T : class, IFact<T>
{
    /// <summary>The referenced fact. Throws only if the catalog was built from facts that failed validation.</summary>
    public T Value => T.Find(Id) ?? throw new InvalidOperationException($"No {typeof(T).Name} has the id '{Id}'.");

    IFact IRef.Target => Value;

    public override string ToString() => Id;
}

/// <summary>
/// Names the generated <see cref="IFactModel"/> of an assembly, so tools (the briefing renderer, the watch loop)
/// load the facts of any project without knowing its namespace or any member name.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class FactModelAttribute : Attribute
{
    public FactModelAttribute(Type modelType) => ModelType = modelType;

    /// <summary>The generated model class: public, sealed, with a public parameterless constructor.</summary>
    public Type ModelType { get; }

    /// <summary>An instance of the model (instances are views of the static catalog; any one will do).</summary>
    public IFactModel CreateModel() => Activator.CreateInstance(ModelType) as IFactModel
        ?? throw new InvalidOperationException($"{ModelType.FullName} is not an {nameof(IFactModel)}.");
}

/// <summary>Helps the generated catalog build each fact once, on first use, without locks or lambdas.</summary>
public static class FactCache
{
    /// <summary>
    /// Stores <paramref name="value"/> in <paramref name="field"/> unless another thread got there first,
    /// and returns whichever is stored, so every caller sees the same instance.
    /// </summary>
    public static T Publish<T>(ref T? field, T value)
        where T : class
        => System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;
}
