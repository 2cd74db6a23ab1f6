using System;
using Briefings.Rendering.Incremental;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// A fact as templates see it: a read-only Scriban object that tells the <see cref="RenderTracker"/> of the output
/// being rendered whenever one of its members is read, so an edit re-renders only the outputs that read that fact.
/// </summary>
public sealed class FactObject : ScriptObject
{
    public FactObject(string kind, string id)
        : base(16, autoImportStaticsFromThisType: false) // no reflection per fact; and FactKey must not become a template member
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(id);
        Key = FactKey(kind, id);
    }

    /// <summary><c>kind/id</c>: unique in a catalog (ids are slugs, so neither part holds a '/').</summary>
    /// <remarks>Ignored by Scriban, which would otherwise import the public members of a ScriptObject subclass as template members.</remarks>
    [ScriptMemberIgnore]
    public string Key { get; }

    [ScriptMemberIgnore]
    public static string FactKey(string kind, string id) => kind + "/" + id;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        RenderTracker.Touch(Key);
        return base.TryGetValue(context, span, member, out value);
    }

    public override object? this[string key]
    {
        get
        {
            RenderTracker.Touch(Key);
            return base[key];
        }

        set => base[key] = value;
    }
}
