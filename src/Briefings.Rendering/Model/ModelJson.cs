using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using Briefings.Rendering.Output;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Model;

/// <summary>
/// The whole typed model as one language-neutral JSON document: <c>languages</c>, then <c>facts</c> with one array per
/// collection (catalog order). Members are snake_case as in templates; localized texts are objects by language,
/// dates ISO strings at their precision, percents numbers (−16.86), money <c>{amount, currency}</c>, references ids.
/// </summary>
public static class ModelJson
{
    public static string Write(FactCatalog catalog)
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
                array.Add(Convert(fact, top: true));
            }

            facts.Add(collection.CollectionName, array);
        }

        root.Add("facts", facts);
        return ScriptJson.Serialize(root, scriptSafe: false) + "\n";
    }

    private static object? Convert(object? value, bool top = false)
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
                return ModelBuilder.SchemaWord(e);
            case IFact fact when !top:
                return fact.Id;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Ref<>))
        {
            return type.GetProperty("Id")!.GetValue(value);
        }

        if (value is IEnumerable list)
        {
            var array = new ScriptArray();
            foreach (var item in list)
            {
                array.Add(Convert(item));
            }

            return array;
        }

        var result = new ScriptObject();
        if (value is IFact f)
        {
            result.Add("kind", f.Kind);
            result.Add("id", f.Id);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.Name is not nameof(IFact.Kind) and not nameof(IFact.Id))
                     .OrderBy(p => p.MetadataToken))
        {
            result.Add(StandardMemberRenamer.Rename(property.Name), Convert(property.GetValue(value)));
        }

        return result;
    }
}
