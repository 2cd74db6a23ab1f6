using System;
using System.Collections.Generic;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// A model array no template can change: Scriban's array functions already return copies, so the one way in,
/// <c>a[0] = x</c>, is refused. With every model object read-only too (<see cref="ScriptObject.IsReadOnly"/>), one
/// model can be shared by every template and page of a language, and rendered from several threads at once.
/// </summary>
public sealed class FrozenArray : ScriptArray
{
    public FrozenArray()
    {
    }

    public FrozenArray(IEnumerable<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public override object? this[int index]
    {
        get => base[index];
        set => throw new InvalidOperationException("the model is read-only: a template cannot change it (array functions such as array.add return a changed copy)");
    }
}
