using System;
using System.Collections;
using System.Collections.Generic;
using Briefings.Rendering.Output;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// The whole typed model as one language-neutral JSON document: <c>languages</c>, then <c>facts</c> with one array per
/// collection (catalog order). Members are snake_case as in templates; localized texts are objects by language (every
/// language the facts give, extra ones too, and <c>original</c>: the original's language where the facts name one),
/// dates ISO strings at their precision, percents numbers (−16.86), money <c>{amount, currency}</c>, references ids.
/// </summary>
public static class ModelJson
{
    /// <summary>How deep a fact's object lies in the document: root, <c>facts</c>, the collection's array, the fact.</summary>
    private const int FactDepth = 3;

    public static string Write(FactCatalog catalog) => Write(catalog, previous: null, changedFacts: null, written: null);

    /// <summary>
    /// The document, taking each fact's member from <paramref name="previous"/> (a warm caller's last document, by
    /// <c>kind/id</c>) unless the fact is in <paramref name="changedFacts"/>: a fact's member depends on its own values
    /// alone (references are written as ids). Every fact's member is recorded in <paramref name="written"/>.
    /// </summary>
    internal static string Write(FactCatalog catalog, IReadOnlyDictionary<string, string>? previous, IReadOnlySet<string>? changedFacts, Dictionary<string, string>? written)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var root = new ScriptObject();
        var languages = new ScriptArray();
        foreach (var language in catalog.Languages)
        {
            languages.Add(language);
        }

        root.Add("languages", languages);
        var facts = new ScriptObject();
        foreach (var collection in catalog.Collections)
        {
            var array = new ScriptArray();
            foreach (var fact in collection.Facts)
            {
                var key = FactObject.FactKey(fact.Kind, fact.Id);
                if (previous is null || changedFacts is null || changedFacts.Contains(key) || !previous.TryGetValue(key, out var json))
                {
                    json = ScriptJson.Serialize(Record(fact), scriptSafe: false, indented: true, FactDepth);
                }

                written?.Add(key, json);
                array.Add(new JsonFragment(json));
            }

            facts.Add(collection.CollectionName, array);
        }

        root.Add("facts", facts);
        return ScriptJson.Serialize(root, scriptSafe: false) + "\n";
    }

    /// <summary>A fact or struct value as an object: <c>kind</c> and <c>id</c> for a fact, then each field in schema order.</summary>
    private static ScriptObject Record(IFactRecord record)
    {
        var result = new ScriptObject();
        if (record is IFact fact)
        {
            result.Add("kind", fact.Kind);
            result.Add("id", fact.Id);
        }

        foreach (var field in record.Descriptor.Fields)
        {
            result.Add(StandardMemberRenamer.Rename(field.MemberName), Convert(record.GetValue(field), field));
        }

        return result;
    }

    private static object? Convert(object? value, FieldDescriptor field)
    {
        switch (value)
        {
            case null:
                return null;
            case string or bool or int or long or decimal or double:
                return value;
            case LocalizedText text:
                var texts = new ScriptObject();
                foreach (var (language, content) in text)
                {
                    texts.Add(language, content);
                }

                // As in the fact file: 'original' names the original's language; it can never be a language tag.
                if (text.OriginalLanguage is { } original)
                {
                    texts.Add("original", original);
                }

                return texts;
            case FactDate date:
                return date.ToString();
            case Percent percent:
                return percent.Value;
            case Money money:
                return new ScriptObject { ["amount"] = money.Amount, ["currency"] = money.Currency };
            case Uri uri:
                return uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
            case Enum e:
                return field.EnumWord(e);
            case IFact fact:
                return fact.Id;
            case IRef reference:
                return reference.Id;
            case IEnumerable list:
                var array = new ScriptArray();
                foreach (var item in list)
                {
                    array.Add(Convert(item, field));
                }

                return array;
            case IFactRecord record:
                return Record(record);
            default:
                throw new InvalidOperationException($"The field '{field.Name}' holds a {value.GetType().Name}, which is not a value of the fact model.");
        }
    }
}
