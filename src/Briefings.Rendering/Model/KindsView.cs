using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Briefings.Rendering.Incremental;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// What templates see of the schema in one language: <c>kinds</c>, one object per kind in schema declaration order
/// (name, collection, label, present, facts, fields, roles), and the lookups behind the schema functions
/// (<see cref="Templates.SchemaFunctions"/>). Read-only and shared by every output of the language, like the model.
/// </summary>
public sealed class KindsView
{
    private readonly ModelBuilder model;
    private readonly Dictionary<string, KindEntry> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KindEntry> structs = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private Dictionary<string, Dictionary<string, List<ScriptObject>>> referrers = new(StringComparer.Ordinal);
    private int referrersVersion;

    public KindsView(FactCatalog catalog, ModelBuilder model, ScriptObject facts, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(language);
        this.model = model;
        Language = language;
        Fallback = catalog.Languages[0];
        referrersVersion = model.Version;
        foreach (var kind in catalog.Model.Kinds.Where(k => k.Descriptor.CatalogName is not null))
        {
            var descriptor = kind.Descriptor;
            var collection = StandardMemberRenamer.Rename(descriptor.CatalogName!);
            var entry = new KindEntry(descriptor, collection, KindObject(descriptor, collection, facts[collection] as ScriptArray ?? new FrozenArray()));
            byName[descriptor.Name] = entry;
            Kinds.Add(entry.Entry);
        }
    }

    /// <summary>The page's language, and the one labels fall back to.</summary>
    public string Language { get; }

    public string Fallback { get; }

    /// <summary><c>kinds</c>: one object per kind, in schema declaration order.</summary>
    public FrozenArray Kinds { get; } = new();

    /// <summary>The kind of that name, or null.</summary>
    public KindEntry? Kind(string? name) => name is not null && byName.TryGetValue(name, out var entry) ? entry : null;

    /// <summary>The entry of a struct (the shape of a kind's, with no collection and no facts), made on first use.</summary>
    public KindEntry Struct(RecordDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        lock (gate)
        {
            if (!structs.TryGetValue(descriptor.Name, out var entry))
            {
                entry = new KindEntry(descriptor, string.Empty, KindObject(descriptor, string.Empty, new FrozenArray()));
                structs.Add(descriptor.Name, entry);
            }

            return entry;
        }
    }

    /// <summary>
    /// The facts of <paramref name="kind"/> that refer to the fact <paramref name="factKey"/> through any ref field, in id
    /// order. The reverse index is built once per kind (again after the model is refreshed); the output depends on every
    /// fact of the kind, since an edit to any may add or remove a reference.
    /// </summary>
    public FrozenArray ReferrersOf(string factKey, KindEntry kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Dictionary<string, List<ScriptObject>> index;
        lock (gate)
        {
            if (referrersVersion != model.Version)
            {
                referrers = new(StringComparer.Ordinal);
                referrersVersion = model.Version;
            }

            if (!referrers.TryGetValue(kind.Descriptor.Name, out index!))
            {
                index = BuildIndex(kind.Descriptor);
                referrers.Add(kind.Descriptor.Name, index);
            }
        }

        foreach (var fact in model.Catalog.Collections.Where(c => c.Descriptor.Name == kind.Descriptor.Name).SelectMany(c => c.Facts))
        {
            RenderTracker.Touch(FactObject.FactKey(fact.Kind, fact.Id));
        }

        return new FrozenArray(index.TryGetValue(factKey, out var list) ? list : Enumerable.Empty<object?>());
    }

    private Dictionary<string, List<ScriptObject>> BuildIndex(RecordDescriptor descriptor)
    {
        var index = new Dictionary<string, List<ScriptObject>>(StringComparer.Ordinal);
        var facts = model.Catalog.Collections.Where(c => c.Descriptor.Name == descriptor.Name).SelectMany(c => c.Facts);
        foreach (var fact in facts)
        {
            var targets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in descriptor.Fields.Where(f => f.Type == FieldType.Ref))
            {
                var value = fact.GetValue(field);
                var refs = value is IRef single ? new[] { single } : (value as IEnumerable)?.OfType<IRef>() ?? Enumerable.Empty<IRef>();
                foreach (var reference in refs)
                {
                    var key = FactObject.FactKey(reference.Target.Kind, reference.Target.Id);
                    if (targets.Add(key))
                    {
                        if (!index.TryGetValue(key, out var list))
                        {
                            index.Add(key, list = []);
                        }

                        list.Add(model.ToScript(fact));
                    }
                }
            }
        }

        return index;
    }

    private ScriptObject KindObject(RecordDescriptor descriptor, string collection, ScriptArray facts)
    {
        var result = new ScriptObject();
        result.SetValue("name", descriptor.Name, readOnly: true);
        result.SetValue("collection", collection, readOnly: true);
        result.SetValue("label", descriptor.LabelIn(Language, Fallback), readOnly: true);
        result.SetValue("present", descriptor.Presentation ?? RecordDescriptor.DefaultPresentation, readOnly: true);
        result.SetValue("facts", facts, readOnly: true);
        var fields = new FrozenArray();
        var roles = new ScriptObject();
        foreach (var field in descriptor.Fields)
        {
            var key = StandardMemberRenamer.Rename(field.MemberName);
            fields.Add(FieldObject(field, key));
            if (field.Role != FieldRole.None)
            {
                roles.SetValue(RoleWord(field.Role), key, readOnly: true);
            }
        }

        roles.IsReadOnly = true;
        result.SetValue("fields", fields, readOnly: true);
        result.SetValue("roles", roles, readOnly: true);
        result.IsReadOnly = true;
        return result;
    }

    private ScriptObject FieldObject(FieldDescriptor field, string key)
    {
        var result = new ScriptObject();
        result.SetValue("name", field.Name, readOnly: true);
        result.SetValue("key", key, readOnly: true);
        result.SetValue("label", field.LabelIn(Language, Fallback), readOnly: true);
        result.SetValue("type", field.Type == FieldType.Struct ? field.Target : TypeWord(field.Type), readOnly: true);
        result.SetValue("role", field.Role == FieldRole.None ? string.Empty : RoleWord(field.Role), readOnly: true);
        result.SetValue("is_list", field.IsList, readOnly: true);
        result.SetValue("target", field.Target, readOnly: true);
        var values = new FrozenArray();
        foreach (var value in field.EnumValues)
        {
            var item = new ScriptObject();
            item.SetValue("value", value, readOnly: true);
            item.SetValue("label", field.EnumLabelIn(value, Language, Fallback), readOnly: true);
            item.IsReadOnly = true;
            values.Add(item);
        }

        result.SetValue("values", values, readOnly: true);
        result.IsReadOnly = true;
        return result;
    }

    /// <summary>The schema's word for a role: <c>title</c>, <c>citations</c>.</summary>
    public static string RoleWord(FieldRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The schema's word for a type: <c>text</c>, <c>percent</c>.</summary>
    public static string TypeWord(FieldType type) => type.ToString().ToLowerInvariant();
}

/// <summary>One kind as <see cref="KindsView"/> shows it: its descriptor, its collection in <c>facts</c>, its <c>kinds</c> object (<see cref="Entry"/>).</summary>
public sealed record KindEntry(RecordDescriptor Descriptor, string Collection, ScriptObject Entry)
{
    /// <summary>The field whose snake_case member is <paramref name="key"/>, or null.</summary>
    public FieldDescriptor? FieldByKey(string? key)
        => key is null ? null : Descriptor.Fields.FirstOrDefault(f => StandardMemberRenamer.Rename(f.MemberName) == key);
}
